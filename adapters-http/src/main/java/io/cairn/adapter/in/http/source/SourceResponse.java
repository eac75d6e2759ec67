package io.cairn.adapter.in.http.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.domain.source.Source;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A source with its ingestion status, failure reason and counts; {@code location} is a URL or a file name. Website
 * and sitemap sources also show their crawl bounds, schedule and next scheduled sync.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SourceResponse(
        String id,
        String type,
        String status,
        String error,
        int documents,
        int chunks,
        String lastSyncedAt,
        String createdAt,
        String title,
        String location,
        CrawlResponse crawl,
        String schedule,
        String nextSyncAt) {

    /** The crawl bounds of a website or sitemap source. */
    @Serdeable
    public record CrawlResponse(int maxDepth, int maxPages, List<String> include, List<String> exclude) {}

    static SourceResponse from(Source source) {
        return new SourceResponse(
                source.id().toString(),
                source.type().wireName(),
                source.status().wireName(),
                source.error(),
                source.documentCount(),
                source.chunkCount(),
                source.lastSyncedAt().map(Instant::toString).orElse(null),
                source.createdAt().toString(),
                source.title(),
                source.location(),
                source.isWeb()
                        ? new CrawlResponse(
                                source.crawl().maxDepth(),
                                source.crawl().maxPages(),
                                source.crawl().include(),
                                source.crawl().exclude())
                        : null,
                source.isWeb() ? source.schedule().wireName() : null,
                source.nextSyncAt().map(Instant::toString).orElse(null));
    }
}
