package io.cairn.ports.out.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** A site's robots.txt as it applies to Cairn's crawler: which URLs it may take, how slowly, and its sitemaps. */
public interface RobotsRules {

    boolean allows(URI url);

    /** The delay the site asks for between requests; zero when it asks for none. */
    Duration crawlDelay();

    List<URI> sitemaps();

    /** No robots.txt (4xx): everything is allowed. */
    static RobotsRules allowAll() {
        return new RobotsRules() {
            @Override
            public boolean allows(URI url) {
                return true;
            }

            @Override
            public Duration crawlDelay() {
                return Duration.ZERO;
            }

            @Override
            public List<URI> sitemaps() {
                return List.of();
            }
        };
    }
}
