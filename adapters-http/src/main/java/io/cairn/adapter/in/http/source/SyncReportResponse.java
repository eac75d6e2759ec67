package io.cairn.adapter.in.http.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.domain.source.SyncReport;
import io.micronaut.serde.annotation.Serdeable;

/** The report of one ingestion run of a source: counts by outcome, duration and result. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SyncReportResponse(
        String id,
        String startedAt,
        String finishedAt,
        long durationMs,
        String status,
        String error,
        int added,
        int changed,
        int removed,
        int failed,
        int skipped,
        int unchanged) {

    static SyncReportResponse from(SyncReport r) {
        return new SyncReportResponse(
                r.id().toString(),
                r.startedAt().toString(),
                r.finishedAt().toString(),
                r.duration().toMillis(),
                r.status().wireName(),
                r.error(),
                r.added(),
                r.changed(),
                r.removed(),
                r.failed(),
                r.skipped(),
                r.unchanged());
    }
}
