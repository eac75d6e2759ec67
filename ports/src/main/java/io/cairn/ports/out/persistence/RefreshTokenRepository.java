package io.cairn.ports.out.persistence;

import io.cairn.domain.session.RefreshToken;
import io.cairn.domain.session.RefreshTokenId;
import io.cairn.domain.session.TokenFamilyId;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Optional;

/** Driven port: stores refresh tokens by the hash of the token, grouped in families, within one organization. */
public interface RefreshTokenRepository {

    void save(RefreshToken token);

    /** The token whose SHA-256 (hex) is {@code tokenHash}, spent and revoked ones included. */
    Optional<RefreshToken> findByHash(OrganizationId organization, String tokenHash);

    /**
     * Marks the token spent, atomically: true for exactly one caller, and only while it is neither spent nor
     * revoked. Two concurrent refreshes with one token therefore cannot both succeed.
     */
    boolean spend(OrganizationId organization, RefreshTokenId id, Instant at);

    /** Revokes every token of the family not yet revoked; answers how many it revoked. */
    int revokeFamily(OrganizationId organization, TokenFamilyId family, Instant at);
}
