package io.cairn.adapter.out.jdbc.bot;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data access to {@code bots}; every tenant query names organization_id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface BotRows extends GenericRepository<BotRow, UUID> {

    BotRow save(BotRow row);

    boolean existsById(UUID id);

    Optional<BotRow> findByIdAndOrganizationId(UUID id, UUID organizationId);

    Optional<BotRow> findByPublicKey(String publicKey);

    long deleteByIdAndOrganizationId(UUID id, UUID organizationId);

    @Query("UPDATE bots SET workspace_id = :workspaceId, name = :name, public_key = :publicKey,"
            + " identity_secret = :identitySecret, settings = :settings"
            + " WHERE id = :id AND organization_id = :organizationId")
    long updateOwned(
            UUID id,
            UUID organizationId,
            UUID workspaceId,
            String name,
            String publicKey,
            String identitySecret,
            String settings);

    @Query("SELECT * FROM bots WHERE organization_id = :organizationId ORDER BY created_at, id LIMIT :limit")
    List<BotRow> firstPage(UUID organizationId, int limit);

    @Query("SELECT * FROM bots WHERE organization_id = :organizationId"
            + " AND (created_at > :createdAt OR (created_at = :createdAt AND id > :id))"
            + " ORDER BY created_at, id LIMIT :limit")
    List<BotRow> pageAfter(UUID organizationId, Instant createdAt, UUID id, int limit);
}
