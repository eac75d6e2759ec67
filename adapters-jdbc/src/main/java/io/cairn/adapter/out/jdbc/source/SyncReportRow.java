package io.cairn.adapter.out.jdbc.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code sync_reports}: the counts of one ingestion run. */
@MappedEntity("sync_reports")
record SyncReportRow(
        @Id UUID id,
        UUID organizationId,
        UUID sourceId,
        Instant startedAt,
        Instant finishedAt,
        String status,
        @Nullable String error,
        int added,
        int changed,
        int removed,
        int failed,
        int skipped,
        int unchanged) {}
