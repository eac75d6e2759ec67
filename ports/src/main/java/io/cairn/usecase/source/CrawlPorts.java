package io.cairn.usecase.source;

import io.cairn.ports.out.crawl.LinkExtractorPort;
import io.cairn.ports.out.crawl.RobotsParserPort;
import io.cairn.ports.out.crawl.SitemapParserPort;
import java.util.Objects;

/** What crawling websites and sitemaps needs besides the fetcher: robots.txt, sitemaps, links and politeness. */
public record CrawlPorts(
        RobotsParserPort robots, SitemapParserPort sitemaps, LinkExtractorPort links, HostPoliteness politeness) {

    public CrawlPorts {
        Objects.requireNonNull(robots);
        Objects.requireNonNull(sitemaps);
        Objects.requireNonNull(links);
        Objects.requireNonNull(politeness);
    }
}
