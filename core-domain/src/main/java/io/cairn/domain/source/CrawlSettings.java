package io.cairn.domain.source;

import io.cairn.domain.error.ValidationException;
import java.util.List;

/**
 * The bounds of a website or sitemap crawl: how many links deep from the start page, how many pages at most, and
 * which URLs to take or leave, as globs over the URL's path and query ({@code /docs/**}, {@code *.pdf}). An empty
 * include list takes every URL of the site; an exclude glob always wins.
 */
public record CrawlSettings(int maxDepth, int maxPages, List<String> include, List<String> exclude) {

    public static final int DEFAULT_MAX_DEPTH = 3;
    public static final int DEFAULT_MAX_PAGES = 200;
    public static final int LIMIT_MAX_DEPTH = 10;
    public static final int LIMIT_MAX_PAGES = 10_000;
    private static final int MAX_GLOBS = 50;

    public CrawlSettings {
        if (maxDepth < 0 || maxDepth > LIMIT_MAX_DEPTH) {
            throw new ValidationException("maxDepth", "must be between 0 and " + LIMIT_MAX_DEPTH);
        }
        if (maxPages < 1 || maxPages > LIMIT_MAX_PAGES) {
            throw new ValidationException("maxPages", "must be between 1 and " + LIMIT_MAX_PAGES);
        }
        include = globs(include, "include");
        exclude = globs(exclude, "exclude");
    }

    public static CrawlSettings defaults() {
        return new CrawlSettings(DEFAULT_MAX_DEPTH, DEFAULT_MAX_PAGES, List.of(), List.of());
    }

    /** Settings from optional request values: a missing value takes its default. */
    public static CrawlSettings of(Integer maxDepth, Integer maxPages, List<String> include, List<String> exclude) {
        return new CrawlSettings(
                maxDepth == null ? DEFAULT_MAX_DEPTH : maxDepth,
                maxPages == null ? DEFAULT_MAX_PAGES : maxPages,
                include,
                exclude);
    }

    /** Whether the globs let this URL path (with its query) in. */
    public boolean admits(String pathAndQuery) {
        if (exclude.stream().anyMatch(g -> UrlGlob.matches(g, pathAndQuery))) {
            return false;
        }
        return include.isEmpty() || include.stream().anyMatch(g -> UrlGlob.matches(g, pathAndQuery));
    }

    private static List<String> globs(List<String> raw, String field) {
        if (raw == null) {
            return List.of();
        }
        List<String> cleaned = raw.stream()
                .filter(g -> g != null && !g.isBlank())
                .map(String::strip)
                .toList();
        if (cleaned.size() > MAX_GLOBS || cleaned.stream().anyMatch(g -> g.length() > 500)) {
            throw new ValidationException(field, "at most " + MAX_GLOBS + " globs of at most 500 characters");
        }
        return cleaned;
    }
}
