package io.cairn.usecase.source;

import io.cairn.domain.source.CrawlSettings;
import io.cairn.domain.source.Document;
import io.cairn.domain.source.WebAddress;
import io.cairn.ports.out.crawl.LinkExtractorPort;
import io.cairn.ports.out.crawl.PageLinks;
import io.cairn.ports.out.crawl.RobotsRules;
import io.cairn.ports.out.fetch.FetchFailedException;
import java.net.URI;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Crawls a website breadth first from its start page, on the same host: follows links up to {@code maxDepth},
 * takes at most {@code maxPages} pages, honours robots.txt and the include/exclude globs, and drops duplicates by
 * normalised, redirected and canonical URL. Pages indexed by earlier runs are visited again, so a sync notices
 * changed and deleted pages; pages are fetched one at a time, as each document is asked for. When the start page
 * itself redirects to another host (http to https, a bare domain to www.), the crawl moves to that host.
 */
final class SiteCrawl implements Iterator<SourceDocument> {

    private static final int FRONTIER_FACTOR = 20;

    private URI start;
    private final CrawlSettings bounds;
    private final Map<String, Document> known;
    private final PageRetriever retriever;
    private final LinkExtractorPort links;
    private RobotsRules rules;
    private final PriorityQueue<Queued> frontier =
            new PriorityQueue<>(Comparator.comparingInt(Queued::depth).thenComparingLong(Queued::order));
    private final Set<String> seen = new HashSet<>();
    private long order;
    private int taken;
    private SourceDocument next;

    SiteCrawl(
            URI start,
            CrawlSettings bounds,
            Map<String, Document> known,
            PageRetriever retriever,
            LinkExtractorPort links) {
        this.start = start;
        this.bounds = bounds;
        this.known = known;
        this.retriever = retriever;
        this.links = links;
        this.rules = retriever.robotsOf(start);
        enqueue(start, 0);
        known.values().stream()
                .sorted(Comparator.comparingInt((Document d) -> d.page().depth()))
                .forEach(d -> WebAddress.normalise(d.url())
                        .ifPresent(u -> revisit(u, d.page().depth())));
    }

    @Override
    public boolean hasNext() {
        while (next == null && taken < bounds.maxPages() && !frontier.isEmpty()) {
            next = visit(frontier.poll());
        }
        return next != null;
    }

    @Override
    public SourceDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceDocument found = next;
        next = null;
        return found;
    }

    /** The document a queued URL yields, or null when it yields none (a duplicate, or a page only for its links). */
    private SourceDocument visit(Queued item) {
        String url = item.url().toString();
        boolean admitted = bounds.admits(WebAddress.pathAndQuery(item.url()));
        if (!rules.allows(item.url())) {
            return admitted ? new SourceDocument(url, new Retrieval.Skipped(SkipReasons.ROBOTS)) : null;
        }
        Optional<Document> previous = Optional.ofNullable(known.get(url));
        PageRetriever.Fetched fetched;
        try {
            fetched = retriever.fetchPage(item.url(), rules, previous, "", item.depth());
        } catch (FetchFailedException e) {
            if (!admitted) {
                return null;
            }
            taken++;
            return new SourceDocument(url, PageRetriever.failure(e, previous));
        }
        URI landed = WebAddress.normalise(fetched.page().finalUri()).orElse(item.url());
        if (!landed.equals(item.url())) {
            if (item.url().equals(start) && !WebAddress.sameSite(landed, start)) {
                // The start page moved (http to https, or to www.): the site is where it landed.
                start = landed;
                rules = retriever.robotsOf(landed);
                seen.add(landed.toString());
            } else if (!WebAddress.sameSite(landed, start) || !seen.add(landed.toString())) {
                return null;
            }
            url = landed.toString();
            admitted = bounds.admits(WebAddress.pathAndQuery(landed));
        }
        PageLinks page = fetched.retrieval() instanceof Retrieval.Unchanged
                ? PageLinks.NONE
                : links.extract(landed, fetched.page().body(), fetched.page().contentType());
        Optional<URI> canonical = page.canonical()
                .flatMap(WebAddress::normalise)
                .filter(c -> !c.equals(landed) && WebAddress.sameSite(c, start));
        if (canonical.isPresent()) {
            if (!seen.add(canonical.get().toString())) {
                return null;
            }
            url = canonical.get().toString();
        }
        if (item.depth() < bounds.maxDepth() && !page.noFollow()) {
            page.links().forEach(link -> WebAddress.normalise(link).ifPresent(u -> enqueue(u, item.depth() + 1)));
        }
        if (!admitted) {
            return null;
        }
        taken++;
        if (page.noIndex()) {
            return new SourceDocument(url, new Retrieval.Skipped(SkipReasons.NOINDEX));
        }
        return new SourceDocument(url, fetched.retrieval());
    }

    /** Only URLs the globs admit are queued, except the start page, which is always read for its links. */
    private void enqueue(URI url, int depth) {
        if (WebAddress.sameSite(url, start)
                && (url.equals(start) || bounds.admits(WebAddress.pathAndQuery(url)))
                && frontier.size() < bounds.maxPages() * FRONTIER_FACTOR
                && seen.add(url.toString())) {
            frontier.add(new Queued(url, depth, order++));
        }
    }

    /** A page an earlier run found is visited again, even if the start page has since moved to another host. */
    private void revisit(URI url, int depth) {
        if (seen.add(url.toString())) {
            frontier.add(new Queued(url, depth, order++));
        }
    }

    /** A URL waiting to be visited, ordered by depth, then by when it was found. */
    private record Queued(URI url, int depth, long order) {}
}
