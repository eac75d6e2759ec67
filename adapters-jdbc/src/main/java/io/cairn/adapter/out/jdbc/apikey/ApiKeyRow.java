package io.cairn.adapter.out.jdbc.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code api_keys}; {@code scopes} holds the wire names, comma-separated. */
@MappedEntity("api_keys")
record ApiKeyRow(
        @Id UUID id,
        UUID organizationId,
        UUID workspaceId,
        String name,
        UUID createdBy,
        String scopes,
        String prefix,
        String hash,
        Instant createdAt,
        @Nullable Instant revokedAt,
        @Nullable Instant lastUsedAt) {}
