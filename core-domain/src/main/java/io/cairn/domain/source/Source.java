package io.cairn.domain.source;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of knowledge a bot was given: a text, a file, a page, a site, a sitemap or Q&A pairs. {@code location} is
 * the URL or the original file name; {@code error} is set only when the status is failed. Website and sitemap
 * sources carry their crawl bounds and sync schedule; {@code nextSyncAt} is when the schedule runs them next.
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
        Optional<Instant> lastSyncedAt,
        CrawlSettings crawl,
        SyncSchedule schedule,
        Optional<Instant> nextSyncAt) {

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
        crawl = crawl == null ? CrawlSettings.defaults() : crawl;
        schedule = schedule == null ? SyncSchedule.OFF : schedule;
        Objects.requireNonNull(nextSyncAt);
    }

    /** A source without crawl bounds or schedule: text, file, URL and Q&A sources. */
    public Source(
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
        this(
                id,
                organizationId,
                botId,
                type,
                title,
                location,
                status,
                error,
                documentCount,
                chunkCount,
                createdAt,
                lastSyncedAt,
                CrawlSettings.defaults(),
                SyncSchedule.OFF,
                Optional.empty());
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

    /** The same source, crawled within these bounds and synced on this schedule. */
    public Source crawledBy(CrawlSettings bounds, SyncSchedule every) {
        return with(status, error, documentCount, chunkCount, lastSyncedAt, nextSyncAt, bounds, every);
    }

    public boolean isWeb() {
        return type == SourceType.WEBSITE || type == SourceType.SITEMAP;
    }

    public Source processing() {
        return with(IngestStatus.PROCESSING, null, documentCount, chunkCount, lastSyncedAt, nextSyncAt);
    }

    /** The same run, further along: counts so far, shown while the source is processing. */
    public Source progressed(int documents, int chunks) {
        return with(IngestStatus.PROCESSING, null, documents, chunks, lastSyncedAt, nextSyncAt);
    }

    public Source ready(int documents, int chunks, Instant at) {
        return with(IngestStatus.READY, null, documents, chunks, Optional.of(at), schedule.nextAfter(at));
    }

    public Source failed(String reason, int documents, int chunks, Instant at) {
        return with(IngestStatus.FAILED, reason, documents, chunks, Optional.of(at), schedule.nextAfter(at));
    }

    public Source requeued() {
        return with(IngestStatus.PENDING, null, documentCount, chunkCount, lastSyncedAt, nextSyncAt);
    }

    /** Queued by its schedule: pending, and not due again until a full interval after {@code now}. */
    public Source requeuedBySchedule(Instant now) {
        return with(IngestStatus.PENDING, null, documentCount, chunkCount, lastSyncedAt, schedule.nextAfter(now));
    }

    private Source with(
            IngestStatus s, String err, int docs, int chunks, Optional<Instant> synced, Optional<Instant> next) {
        return with(s, err, docs, chunks, synced, next, crawl, schedule);
    }

    private Source with(
            IngestStatus s,
            String err,
            int docs,
            int chunks,
            Optional<Instant> synced,
            Optional<Instant> next,
            CrawlSettings bounds,
            SyncSchedule every) {
        return new Source(
                id,
                organizationId,
                botId,
                type,
                title,
                location,
                s,
                err,
                docs,
                chunks,
                createdAt,
                synced,
                bounds,
                every,
                next);
    }
}
