package io.cairn.adapter.out.jdbc.tenant;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code memberships}, keyed by organization and user. */
@MappedEntity("memberships")
record MembershipRow(@EmbeddedId MembershipKey key, String role) {}
