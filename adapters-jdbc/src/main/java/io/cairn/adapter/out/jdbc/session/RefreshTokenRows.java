package io.cairn.adapter.out.jdbc.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data access to {@code refresh_tokens}; every query names organization_id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokenRows extends GenericRepository<RefreshTokenRow, UUID> {

    RefreshTokenRow save(RefreshTokenRow row);

    Optional<RefreshTokenRow> findByOrganizationIdAndTokenHash(UUID organizationId, String tokenHash);

    /** The compare-and-set behind rotation: only an unspent, unrevoked row changes, so one caller wins. */
    @Query("UPDATE refresh_tokens SET spent_at = :at WHERE id = :id AND organization_id = :organizationId"
            + " AND spent_at IS NULL AND revoked_at IS NULL")
    long spend(UUID organizationId, UUID id, Instant at);

    @Query("UPDATE refresh_tokens SET revoked_at = :at WHERE organization_id = :organizationId"
            + " AND family_id = :familyId AND revoked_at IS NULL")
    long revokeFamily(UUID organizationId, UUID familyId, Instant at);
}
