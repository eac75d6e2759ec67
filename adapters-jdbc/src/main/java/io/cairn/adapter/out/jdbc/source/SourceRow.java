package io.cairn.adapter.out.jdbc.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code sources}: the source's status and counts, without its uploaded bytes. */
@MappedEntity("sources")
record SourceRow(
        @Id UUID id,
        UUID organizationId,
        UUID botId,
        String type,
        String title,
        String location,
        String status,
        @Nullable String error,
        int documentCount,
        int chunkCount,
        Instant createdAt,
        @Nullable Instant lastSyncedAt,
        int crawlMaxDepth,
        int crawlMaxPages,
        String crawlInclude,
        String crawlExclude,
        String schedule,
        @Nullable Instant nextSyncAt) {}
