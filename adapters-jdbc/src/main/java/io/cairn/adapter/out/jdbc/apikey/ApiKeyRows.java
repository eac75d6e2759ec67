package io.cairn.adapter.out.jdbc.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data access to {@code api_keys}; every query but the look-up of a presented key names organization_id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiKeyRows extends GenericRepository<ApiKeyRow, UUID> {

    ApiKeyRow save(ApiKeyRow row);

    boolean existsById(UUID id);

    Optional<ApiKeyRow> findByIdAndOrganizationId(UUID id, UUID organizationId);

    Optional<ApiKeyRow> findByHash(String hash);

    @Query("SELECT * FROM api_keys WHERE organization_id = :organizationId ORDER BY created_at, id")
    List<ApiKeyRow> listByOrganization(UUID organizationId);

    @Query("UPDATE api_keys SET name = :name, scopes = :scopes, revoked_at = :revokedAt, last_used_at = :lastUsedAt"
            + " WHERE id = :id AND organization_id = :organizationId")
    long updateOwned(
            UUID id,
            UUID organizationId,
            String name,
            String scopes,
            @Nullable Instant revokedAt,
            @Nullable Instant lastUsedAt);

    @Query("UPDATE api_keys SET revoked_at = :at WHERE id = :id AND organization_id = :organizationId"
            + " AND revoked_at IS NULL")
    long revoke(UUID organizationId, UUID id, Instant at);

    @Query("UPDATE api_keys SET last_used_at = :at WHERE id = :id AND organization_id = :organizationId")
    long recordUse(UUID organizationId, UUID id, Instant at);
}
