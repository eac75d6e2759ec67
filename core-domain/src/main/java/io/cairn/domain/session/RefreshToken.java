package io.cairn.domain.session;

import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server remembers of one refresh token: never the token, only its SHA-256. A token is spent once it has
 * been traded for a new one; presenting a spent token again is reuse, and revokes its whole family.
 */
public record RefreshToken(
        RefreshTokenId id,
        TokenFamilyId familyId,
        OrganizationId organizationId,
        UserId userId,
        String tokenHash,
        Instant issuedAt,
        Instant expiresAt,
        Optional<Instant> spentAt,
        Optional<Instant> revokedAt) {

    public RefreshToken {
        Objects.requireNonNull(id);
        Objects.requireNonNull(familyId);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(tokenHash);
        Objects.requireNonNull(issuedAt);
        Objects.requireNonNull(expiresAt);
        Objects.requireNonNull(spentAt);
        Objects.requireNonNull(revokedAt);
    }

    /** A fresh, unspent token of a family. */
    public static RefreshToken issued(
            RefreshTokenId id,
            TokenFamilyId family,
            OrganizationId organization,
            UserId user,
            String tokenHash,
            Instant issuedAt,
            Instant expiresAt) {
        return new RefreshToken(
                id, family, organization, user, tokenHash, issuedAt, expiresAt, Optional.empty(), Optional.empty());
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }

    public boolean isSpent() {
        return spentAt.isPresent();
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
