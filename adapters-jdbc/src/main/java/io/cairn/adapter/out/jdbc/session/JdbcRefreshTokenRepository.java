package io.cairn.adapter.out.jdbc.session;

import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.session.RefreshToken;
import io.cairn.domain.session.RefreshTokenId;
import io.cairn.domain.session.TokenFamilyId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.out.persistence.RefreshTokenRepository;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** Driven adapter: stores refresh-token hashes and their families in the relational database. */
@Singleton
@TenantScoped
public class JdbcRefreshTokenRepository implements RefreshTokenRepository {

    private final RefreshTokenRows rows;

    JdbcRefreshTokenRepository(RefreshTokenRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(RefreshToken token) {
        rows.save(new RefreshTokenRow(
                token.id().value(),
                token.organizationId().value(),
                token.familyId().value(),
                token.userId().value(),
                token.tokenHash(),
                Keyset.stored(token.issuedAt()),
                Keyset.stored(token.expiresAt()),
                token.spentAt().map(Keyset::stored).orElse(null),
                token.revokedAt().map(Keyset::stored).orElse(null)));
    }

    @Override
    public Optional<RefreshToken> findByHash(OrganizationId organization, String tokenHash) {
        return rows.findByOrganizationIdAndTokenHash(organization.value(), tokenHash)
                .map(JdbcRefreshTokenRepository::toDomain);
    }

    @Override
    public boolean spend(OrganizationId organization, RefreshTokenId id, Instant at) {
        return rows.spend(organization.value(), id.value(), Keyset.stored(at)) == 1;
    }

    @Override
    public int revokeFamily(OrganizationId organization, TokenFamilyId family, Instant at) {
        return (int) rows.revokeFamily(organization.value(), family.value(), Keyset.stored(at));
    }

    private static RefreshToken toDomain(RefreshTokenRow row) {
        return new RefreshToken(
                new RefreshTokenId(row.id()),
                new TokenFamilyId(row.familyId()),
                new OrganizationId(row.organizationId()),
                new UserId(row.userId()),
                row.tokenHash(),
                row.issuedAt(),
                row.expiresAt(),
                Optional.ofNullable(row.spentAt()),
                Optional.ofNullable(row.revokedAt()));
    }
}
