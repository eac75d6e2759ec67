package io.cairn.ports.out.crawl;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The links of an HTML page, already absolute, with its canonical URL when it names one, and whether its robots
 * meta tag forbids indexing it or following its links.
 */
public record PageLinks(List<URI> links, Optional<URI> canonical, boolean noIndex, boolean noFollow) {

    public static final PageLinks NONE = new PageLinks(List.of(), Optional.empty(), false, false);

    public PageLinks {
        links = List.copyOf(links);
    }
}
