package io.cairn.usecase.source;

/** The reasons a crawl gives for URLs it did not take, shown next to each URL; each starts with a stable code. */
final class SkipReasons {

    static final String ROBOTS = "robots_disallowed: robots.txt does not allow Cairn to fetch this URL";
    static final String NOINDEX = "noindex: the page asks not to be indexed (robots meta tag)";

    private SkipReasons() {}
}
