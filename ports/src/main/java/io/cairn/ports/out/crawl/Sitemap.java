package io.cairn.ports.out.crawl;

import java.net.URI;
import java.util.List;

/** A parsed sitemap: either page entries with their {@code lastmod}, or an index of further sitemaps. */
public sealed interface Sitemap {

    /** One page of a sitemap; {@code lastmod} is the text the site wrote, empty when it wrote none. */
    record Entry(URI url, String lastmod) {}

    record UrlSet(List<Entry> entries) implements Sitemap {
        public UrlSet {
            entries = List.copyOf(entries);
        }
    }

    record Index(List<URI> sitemaps) implements Sitemap {
        public Index {
            sitemaps = List.copyOf(sitemaps);
        }
    }
}
