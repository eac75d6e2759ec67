package io.cairn.adapter.out.jdbc.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code documents}; {@code createdAt} is set on the first save and orders a source's documents. */
@MappedEntity("documents")
record DocumentRow(
        @Id UUID id,
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
        Instant createdAt,
        String etag,
        String lastModified,
        String sitemapLastmod,
        String bodyHash,
        int depth,
        String notice) {}
