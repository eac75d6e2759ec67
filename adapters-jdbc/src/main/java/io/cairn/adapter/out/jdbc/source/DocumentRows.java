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

/** Micronaut Data access to {@code documents}; every query names organization_id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DocumentRows extends GenericRepository<DocumentRow, UUID> {

    DocumentRow save(DocumentRow row);

    boolean existsById(UUID id);

    Optional<DocumentRow> findByIdAndOrganizationId(UUID id, UUID organizationId);

    long deleteByOrganizationIdAndSourceId(UUID organizationId, UUID sourceId);

    @Query("UPDATE documents SET bot_id = :botId, source_id = :sourceId, title = :title, url = :url,"
            + " content_hash = :contentHash, status = :status, error = :error, chunk_count = :chunkCount,"
            + " updated_at = :updatedAt, etag = :etag, last_modified = :lastModified,"
            + " sitemap_lastmod = :sitemapLastmod, body_hash = :bodyHash, depth = :depth, notice = :notice"
            + " WHERE id = :id AND organization_id = :organizationId")
    long updateOwned(
            UUID id,
            UUID organizationId,
            UUID botId,
            UUID sourceId,
            String title,
            String url,
            String contentHash,
            String status,
            @Nullable String error,
            int chunkCount,
            Instant updatedAt,
            String etag,
            String lastModified,
            String sitemapLastmod,
            String bodyHash,
            int depth,
            String notice);

    long deleteByIdAndOrganizationId(UUID id, UUID organizationId);

    @Query("SELECT * FROM documents WHERE organization_id = :organizationId AND source_id = :sourceId"
            + " ORDER BY created_at, id")
    List<DocumentRow> listAllBySource(UUID organizationId, UUID sourceId);

    @Query("SELECT * FROM documents WHERE organization_id = :organizationId AND source_id = :sourceId"
            + " ORDER BY created_at, id LIMIT :limit")
    List<DocumentRow> firstPage(UUID organizationId, UUID sourceId, int limit);

    @Query("SELECT * FROM documents WHERE organization_id = :organizationId AND source_id = :sourceId"
            + " AND (created_at > :createdAt OR (created_at = :createdAt AND id > :id))"
            + " ORDER BY created_at, id LIMIT :limit")
    List<DocumentRow> pageAfter(UUID organizationId, UUID sourceId, Instant createdAt, UUID id, int limit);
}
