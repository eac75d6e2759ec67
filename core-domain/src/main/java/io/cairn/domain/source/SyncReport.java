package io.cairn.domain.source;

import io.cairn.domain.tenant.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What one ingestion run of a source did: documents added, changed, removed (gone from the site or the sitemap),
 * failed, skipped (robots.txt) and unchanged, with its start, end and outcome.
 */
public record SyncReport(
        UUID id,
        OrganizationId organizationId,
        SourceId sourceId,
        Instant startedAt,
        Instant finishedAt,
        IngestStatus status,
        String error,
        int added,
        int changed,
        int removed,
        int failed,
        int skipped,
        int unchanged) {

    public SyncReport {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(sourceId);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(finishedAt);
        Objects.requireNonNull(status);
    }

    public static UUID newId() {
        return UUID.randomUUID();
    }

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }
}
