package io.cairn.adapter.out.scraper;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.cairn.ports.out.crawl.RobotsParserPort;
import io.cairn.ports.out.crawl.RobotsRules;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Driven adapter for {@link RobotsParserPort} on crawler-commons' RFC 9309 parser, for the CairnBot user agent. */
public final class CrawlerCommonsRobotsParser implements RobotsParserPort {

    /** robots.txt files past this size are read only this far, as RFC 9309 allows (500 KiB). */
    private static final int MAX_BYTES = 500 * 1024;

    @Override
    public RobotsRules parse(URI robotsUrl, byte[] body, String contentType) {
        byte[] capped = body.length > MAX_BYTES ? java.util.Arrays.copyOf(body, MAX_BYTES) : body;
        BaseRobotRules rules = new SimpleRobotRulesParser()
                .parseContent(robotsUrl.toString(), capped, contentType, List.of(USER_AGENT.toLowerCase()));
        return new Rules(rules);
    }

    /** crawler-commons' rules behind the port's interface. */
    private record Rules(BaseRobotRules rules) implements RobotsRules {

        @Override
        public boolean allows(URI url) {
            return rules.isAllowed(url.toString());
        }

        @Override
        public Duration crawlDelay() {
            long millis = rules.getCrawlDelay();
            return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis < 0 ? Duration.ZERO : Duration.ofMillis(millis);
        }

        @Override
        public List<URI> sitemaps() {
            return rules.getSitemaps().stream()
                    .map(CrawlerCommonsRobotsParser::uri)
                    .flatMap(Optional::stream)
                    .toList();
        }
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(URI.create(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
