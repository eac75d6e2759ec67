package io.cairn.adapter.out.jdbc.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code invitations}. */
@MappedEntity("invitations")
record InvitationRow(
        @Id UUID id,
        UUID organizationId,
        String email,
        String role,
        String tokenHash,
        UUID invitedBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant acceptedAt) {}
