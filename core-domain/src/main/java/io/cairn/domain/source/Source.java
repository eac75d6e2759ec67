package io.cairn.domain.source;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of knowledge a bot was given: a text, a file, a page or a site. {@code location} is the URL or the
 * original file name; {@code error} is set only when the status is failed.
 */
public record Source(
        SourceId id,
        OrganizationId organizationId,
        BotId botId,
        SourceType type,
        String title,
        String location,
        IngestStatus status,
        String error,
        int documentCount,
        int chunkCount,
        Instant createdAt,
        Optional<Instant> lastSyncedAt) {

    public Source {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(botId);
        Objects.requireNonNull(type);
        title = title == null ? "" : title;
        location = location == null ? "" : location;
        Objects.requireNonNull(status);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(lastSyncedAt);
    }

    public static Source pending(
            OrganizationId org, BotId bot, SourceType type, String title, String location, Instant now) {
        return new Source(
                SourceId.random(),
                org,
                bot,
                type,
                title,
                location,
                IngestStatus.PENDING,
                null,
                0,
                0,
                now,
                Optional.empty());
    }

    public Source processing() {
        return with(IngestStatus.PROCESSING, null, documentCount, chunkCount, lastSyncedAt);
    }

    /** The same run, further along: counts so far, shown while the source is processing. */
    public Source progressed(int documents, int chunks) {
        return with(IngestStatus.PROCESSING, null, documents, chunks, lastSyncedAt);
    }

    public Source ready(int documents, int chunks, Instant at) {
        return with(IngestStatus.READY, null, documents, chunks, Optional.of(at));
    }

    public Source failed(String reason, int documents, int chunks, Instant at) {
        return with(IngestStatus.FAILED, reason, documents, chunks, Optional.of(at));
    }

    public Source requeued() {
        return with(IngestStatus.PENDING, null, documentCount, chunkCount, lastSyncedAt);
    }

    private Source with(IngestStatus s, String err, int docs, int chunks, Optional<Instant> synced) {
        return new Source(id, organizationId, botId, type, title, location, s, err, docs, chunks, createdAt, synced);
    }
}
