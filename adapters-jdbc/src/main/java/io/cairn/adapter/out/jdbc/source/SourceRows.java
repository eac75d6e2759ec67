package io.cairn.adapter.out.jdbc.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data access to {@code sources}; every query names organization_id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SourceRows extends GenericRepository<SourceRow, UUID> {

    SourceRow save(SourceRow row);

    boolean existsById(UUID id);

    Optional<SourceRow> findByIdAndOrganizationId(UUID id, UUID organizationId);

    long deleteByIdAndOrganizationId(UUID id, UUID organizationId);

    @Query("UPDATE sources SET bot_id = :botId, type = :type, title = :title, location = :location,"
            + " status = :status, error = :error, document_count = :documentCount,"
            + " chunk_count = :chunkCount, last_synced_at = :lastSyncedAt, crawl_max_depth = :crawlMaxDepth,"
            + " crawl_max_pages = :crawlMaxPages, crawl_include = :crawlInclude, crawl_exclude = :crawlExclude,"
            + " schedule = :schedule, next_sync_at = :nextSyncAt"
            + " WHERE id = :id AND organization_id = :organizationId")
    long updateOwned(
            UUID id,
            UUID organizationId,
            UUID botId,
            String type,
            String title,
            String location,
            String status,
            @Nullable String error,
            int documentCount,
            int chunkCount,
            @Nullable Instant lastSyncedAt,
            int crawlMaxDepth,
            int crawlMaxPages,
            String crawlInclude,
            String crawlExclude,
            String schedule,
            @Nullable Instant nextSyncAt);

    @Query("SELECT * FROM sources WHERE next_sync_at <= :now AND schedule <> 'off'"
            + " ORDER BY next_sync_at, id LIMIT :limit")
    List<SourceRow> due(Instant now, int limit);

    @Query("SELECT * FROM sources WHERE organization_id = :organizationId AND bot_id = :botId"
            + " ORDER BY created_at, id LIMIT :limit")
    List<SourceRow> firstPage(UUID organizationId, UUID botId, int limit);

    @Query("SELECT * FROM sources WHERE organization_id = :organizationId AND bot_id = :botId"
            + " AND (created_at > :createdAt OR (created_at = :createdAt AND id > :id))"
            + " ORDER BY created_at, id LIMIT :limit")
    List<SourceRow> pageAfter(UUID organizationId, UUID botId, Instant createdAt, UUID id, int limit);
}
