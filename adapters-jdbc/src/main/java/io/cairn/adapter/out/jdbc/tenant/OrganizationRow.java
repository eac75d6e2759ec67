package io.cairn.adapter.out.jdbc.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code organizations}. */
@MappedEntity("organizations")
record OrganizationRow(@Id UUID id, String name, String plan, Instant createdAt, @Nullable Instant suspendedAt) {}
