package io.cairn.adapter.out.jdbc.tenant;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import java.util.UUID;

/** The composite key of {@code memberships}. */
@Embeddable
record MembershipKey(@MappedProperty("organization_id") UUID organizationId, @MappedProperty("user_id") UUID userId) {}
