package io.cairn.ports.in.source;

import java.util.List;

/**
 * The answer of a dry run: every URL found, whether the crawl would take it, and why not when it would not.
 * {@code complete} is false when the page cap stopped discovery early.
 */
public record CrawlPlan(List<PlannedUrl> urls, boolean complete) {

    /** One URL: {@code reason} is empty when the crawl would take it. */
    public record PlannedUrl(String url, int depth, boolean taken, String reason) {}

    public CrawlPlan {
        urls = List.copyOf(urls);
    }

    public long taken() {
        return urls.stream().filter(PlannedUrl::taken).count();
    }
}
