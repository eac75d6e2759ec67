package io.cairn.usecase.source;

import io.cairn.domain.source.CrawlSettings;
import io.cairn.domain.source.Document;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.WebAddress;
import io.cairn.ports.in.source.IngestMode;
import io.cairn.ports.out.crawl.RobotsRules;
import io.cairn.ports.out.crawl.Sitemap;
import io.cairn.ports.out.crawl.SitemapParserPort;
import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.FetchedPage;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the pages a sitemap lists: follows sitemap indexes (gzipped or not) on the same site, keeps the entries the
 * globs admit, up to {@code maxPages}, and honours robots.txt. A page whose {@code lastmod} did not change is not
 * fetched at all; pages indexed before that the sitemap no longer lists are gone.
 */
final class SitemapCrawl {

    static final int MAX_SITEMAPS = 50;

    private final URI sitemapUrl;
    private final CrawlSettings bounds;
    private final PageRetriever retriever;
    private final SitemapParserPort parser;
    private final IngestMode mode;
    private final RobotsRules rules;
    private boolean complete = true;

    SitemapCrawl(
            URI sitemapUrl, CrawlSettings bounds, PageRetriever retriever, SitemapParserPort parser, IngestMode mode) {
        this.sitemapUrl = sitemapUrl;
        this.bounds = bounds;
        this.retriever = retriever;
        this.parser = parser;
        this.mode = mode;
        this.rules = retriever.robotsOf(sitemapUrl);
    }

    /** The admitted entries, by normalised URL, in sitemap order. */
    Map<String, Sitemap.Entry> entries() {
        Map<String, Sitemap.Entry> entries = new LinkedHashMap<>();
        Deque<URI> sitemaps = new ArrayDeque<>(List.of(sitemapUrl));
        int read = 0;
        while (!sitemaps.isEmpty() && read++ < MAX_SITEMAPS) {
            URI next = sitemaps.poll();
            FetchedPage body = retriever.fetch(next, rules);
            // A sitemap that redirected (to https, to www.) lists pages of the site it landed on.
            URI site = WebAddress.normalise(body.finalUri()).orElse(next);
            Sitemap sitemap = parser.parse(site, body.body(), body.contentType());
            if (sitemap instanceof Sitemap.Index index) {
                index.sitemaps().stream()
                        .map(WebAddress::normalise)
                        .flatMap(Optional::stream)
                        .filter(u -> WebAddress.sameSite(u, site))
                        .forEach(sitemaps::add);
            } else {
                for (Sitemap.Entry entry : ((Sitemap.UrlSet) sitemap).entries()) {
                    Optional<URI> url = WebAddress.normalise(entry.url())
                            .filter(u -> WebAddress.sameSite(u, site))
                            .filter(u -> bounds.admits(WebAddress.pathAndQuery(u)));
                    if (url.isEmpty()) {
                        continue;
                    }
                    if (entries.size() == bounds.maxPages()) {
                        complete = false;
                        return entries;
                    }
                    entries.putIfAbsent(url.get().toString(), new Sitemap.Entry(url.get(), entry.lastmod()));
                }
            }
        }
        complete &= sitemaps.isEmpty();
        return entries;
    }

    boolean complete() {
        return complete;
    }

    RobotsRules rules() {
        return rules;
    }

    /** Every listed page, fetched as it is asked for, then the pages indexed before that the sitemap dropped. */
    Iterator<SourceDocument> documents(Map<String, Document> known) {
        Map<String, Sitemap.Entry> listed = entries();
        List<SourceDocument> gone = new ArrayList<>();
        known.forEach((url, doc) -> {
            if (!listed.containsKey(url)) {
                gone.add(new SourceDocument(url, new Retrieval.Gone()));
            }
        });
        Iterator<Sitemap.Entry> pages = listed.values().iterator();
        Iterator<SourceDocument> leaving = gone.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pages.hasNext() || leaving.hasNext();
            }

            @Override
            public SourceDocument next() {
                return pages.hasNext() ? visit(pages.next(), known) : leaving.next();
            }
        };
    }

    private SourceDocument visit(Sitemap.Entry entry, Map<String, Document> known) {
        String url = entry.url().toString();
        if (!rules.allows(entry.url())) {
            return new SourceDocument(url, new Retrieval.Skipped(SkipReasons.ROBOTS));
        }
        Optional<Document> previous = Optional.ofNullable(known.get(url));
        boolean indexed = previous.filter(d -> d.status() == IngestStatus.READY).isPresent();
        if (indexed
                && mode == IngestMode.CHANGED_ONLY
                && !entry.lastmod().isEmpty()
                && entry.lastmod().equals(previous.get().page().sitemapLastmod())) {
            return new SourceDocument(
                    url, new Retrieval.Unchanged(previous.get().page()));
        }
        try {
            return new SourceDocument(
                    url,
                    retriever
                            .fetchPage(entry.url(), rules, previous, entry.lastmod(), 0)
                            .retrieval());
        } catch (FetchFailedException e) {
            return new SourceDocument(url, PageRetriever.failure(e, previous));
        }
    }
}
