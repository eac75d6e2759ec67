package io.cairn.adapter.out.jdbc.tenant;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code workspaces}. */
@MappedEntity("workspaces")
record WorkspaceRow(@Id UUID id, UUID organizationId, String name, Instant createdAt) {}
