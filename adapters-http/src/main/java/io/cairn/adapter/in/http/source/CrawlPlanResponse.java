package io.cairn.adapter.in.http.source;

import io.cairn.ports.in.source.CrawlPlan;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The answer of a dry run: the URLs the crawl would take, and those it would not, with the reason. */
@Serdeable
public record CrawlPlanResponse(
        boolean dryRun, long taken, long skipped, boolean complete, List<PlannedUrlResponse> urls) {

    /** One URL of a dry run; {@code reason} is null when the crawl would take it. */
    @Serdeable
    public record PlannedUrlResponse(String url, int depth, boolean taken, String reason) {}

    static CrawlPlanResponse from(CrawlPlan plan) {
        List<PlannedUrlResponse> urls = plan.urls().stream()
                .map(u -> new PlannedUrlResponse(
                        u.url(), u.depth(), u.taken(), u.reason().isEmpty() ? null : u.reason()))
                .toList();
        return new CrawlPlanResponse(true, plan.taken(), urls.size() - plan.taken(), plan.complete(), urls);
    }
}
