package io.cairn.ports.fakes;

import io.cairn.domain.session.RefreshToken;
import io.cairn.domain.session.RefreshTokenId;
import io.cairn.domain.session.TokenFamilyId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.RefreshTokenRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory refresh tokens for service and HTTP tests; spending is atomic like the database's. */
public class InMemoryRefreshTokenRepository implements RefreshTokenRepository {

    private final Map<RefreshTokenId, RefreshToken> rows = new ConcurrentHashMap<>();

    @Override
    public void save(RefreshToken token) {
        rows.put(token.id(), token);
    }

    @Override
    public Optional<RefreshToken> findByHash(OrganizationId organization, String tokenHash) {
        return rows.values().stream()
                .filter(t ->
                        t.organizationId().equals(organization) && t.tokenHash().equals(tokenHash))
                .findFirst();
    }

    @Override
    public synchronized boolean spend(OrganizationId organization, RefreshTokenId id, Instant at) {
        RefreshToken token = rows.get(id);
        if (token == null || !token.organizationId().equals(organization) || token.isSpent() || token.isRevoked()) {
            return false;
        }
        rows.put(id, with(token, Optional.of(at), token.revokedAt()));
        return true;
    }

    @Override
    public synchronized int revokeFamily(OrganizationId organization, TokenFamilyId family, Instant at) {
        List<RefreshToken> live = rows.values().stream()
                .filter(t ->
                        t.organizationId().equals(organization) && t.familyId().equals(family) && !t.isRevoked())
                .toList();
        live.forEach(t -> rows.put(t.id(), with(t, t.spentAt(), Optional.of(at))));
        return live.size();
    }

    private static RefreshToken with(RefreshToken t, Optional<Instant> spentAt, Optional<Instant> revokedAt) {
        return new RefreshToken(
                t.id(),
                t.familyId(),
                t.organizationId(),
                t.userId(),
                t.tokenHash(),
                t.issuedAt(),
                t.expiresAt(),
                spentAt,
                revokedAt);
    }
}
