package io.cairn.usecase.source;

import io.cairn.domain.common.ContentHash;
import io.cairn.domain.source.Document;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.PageState;
import io.cairn.ports.in.source.IngestMode;
import io.cairn.ports.out.crawl.RobotsRules;
import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.FetchFailedException.Reason;
import io.cairn.ports.out.fetch.FetchedPage;
import io.cairn.ports.out.fetch.PageFetcherPort;
import io.cairn.ports.out.fetch.Validators;
import io.cairn.ports.out.parsing.DocumentContent;
import io.cairn.ports.out.parsing.DocumentParserPort;
import io.cairn.ports.out.parsing.ParsedDocument;
import java.net.URI;
import java.util.Optional;

/**
 * Fetches the pages of one crawl: reads the site's robots.txt, waits its turn at the host, sends a conditional GET
 * when the page was indexed before, and tells unchanged pages (304, or the very same bytes) from fresh ones.
 */
final class PageRetriever {

    private final PageFetcherPort fetcher;
    private final DocumentParserPort parser;
    private final CrawlPorts ports;
    private final IngestMode mode;

    PageRetriever(PageFetcherPort fetcher, DocumentParserPort parser, CrawlPorts ports, IngestMode mode) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.ports = ports;
        this.mode = mode;
    }

    /**
     * The site's rules. No robots.txt (a 4xx) allows everything; a robots.txt that cannot be read for any other
     * reason (a 5xx, a timeout, a blocked address) stops the crawl, as RFC 9309 asks.
     */
    RobotsRules robotsOf(URI site) {
        URI robotsUrl = site.resolve("/robots.txt");
        try {
            FetchedPage page = politely(robotsUrl, RobotsRules.allowAll(), Validators.NONE);
            return ports.robots().parse(robotsUrl, page.body(), page.contentType());
        } catch (FetchFailedException e) {
            if (e.httpStatus() >= 400 && e.httpStatus() < 500) {
                return RobotsRules.allowAll();
            }
            throw new FetchFailedException(
                    e.reason(), "robots.txt of " + site.getHost() + " could not be read: " + e.getMessage(), e);
        }
    }

    FetchedPage fetch(URI url, RobotsRules rules) {
        return politely(url, rules, Validators.NONE);
    }

    /**
     * Fetches a page and says what changed. {@code known} is the page's document from earlier runs, if any.
     *
     * @throws FetchFailedException when the page cannot be fetched
     */
    Fetched fetchPage(URI url, RobotsRules rules, Optional<Document> known, String sitemapLastmod, int depth) {
        Optional<Document> indexed =
                known.filter(d -> d.status() == IngestStatus.READY && mode == IngestMode.CHANGED_ONLY);
        Validators validators = indexed.map(
                        d -> new Validators(d.page().etag(), d.page().lastModified()))
                .orElse(Validators.NONE);
        FetchedPage page = politely(url, rules, validators);
        if (page.notModified()) {
            PageState same = indexed.map(Document::page).orElse(PageState.NONE);
            return new Fetched(page, new Retrieval.Unchanged(withLastmod(same, sitemapLastmod, depth)));
        }
        PageState state = new PageState(
                page.etag().orElse(""),
                page.lastModified().orElse(""),
                sitemapLastmod,
                ContentHash.of(page.body()),
                depth);
        if (indexed.isPresent() && indexed.get().page().bodyHash().equals(state.bodyHash())) {
            return new Fetched(page, new Retrieval.Unchanged(state));
        }
        return new Fetched(page, new Retrieval.Fresh(() -> parse(page), state));
    }

    /** A page indexed before that is now 404 or 410 is gone; any other failure keeps its last good content. */
    static Retrieval failure(FetchFailedException e, Optional<Document> previous) {
        boolean indexed = previous.filter(d -> d.status() == IngestStatus.READY).isPresent();
        return e.gone() && indexed ? new Retrieval.Gone() : new Retrieval.Failed(e);
    }

    private ParsedDocument parse(FetchedPage page) {
        String path = page.finalUri().getPath() == null ? "" : page.finalUri().getPath();
        return parser.parse(
                new DocumentContent(page.body(), path.substring(path.lastIndexOf('/') + 1), page.contentType()));
    }

    private FetchedPage politely(URI url, RobotsRules rules, Validators validators) {
        if (url.getHost() == null) {
            throw new FetchFailedException(Reason.INVALID_URL, "not an absolute URL: " + url);
        }
        return ports.politeness().call(url.getHost(), rules.crawlDelay(), () -> fetcher.fetch(url, validators));
    }

    private static PageState withLastmod(PageState state, String lastmod, int depth) {
        return new PageState(state.etag(), state.lastModified(), lastmod, state.bodyHash(), depth);
    }

    /** A fetched page and what it means for its document. */
    record Fetched(FetchedPage page, Retrieval retrieval) {}
}
