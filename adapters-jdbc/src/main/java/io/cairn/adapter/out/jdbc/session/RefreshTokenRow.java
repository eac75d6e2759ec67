package io.cairn.adapter.out.jdbc.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code refresh_tokens}: the hash of one refresh token and where it stands in its family. */
@MappedEntity("refresh_tokens")
record RefreshTokenRow(
        @Id UUID id,
        UUID organizationId,
        UUID familyId,
        UUID userId,
        String tokenHash,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable Instant spentAt,
        @Nullable Instant revokedAt) {}
