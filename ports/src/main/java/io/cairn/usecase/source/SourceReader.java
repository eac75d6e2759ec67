package io.cairn.usecase.source;

import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.source.Document;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.WebAddress;
import io.cairn.ports.in.source.AddSourceCommand.TextDocument;
import io.cairn.ports.in.source.IngestMode;
import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.FetchFailedException.Reason;
import io.cairn.ports.out.fetch.FetchedPage;
import io.cairn.ports.out.fetch.PageFetcherPort;
import io.cairn.ports.out.parsing.DocumentContent;
import io.cairn.ports.out.parsing.DocumentParserPort;
import io.cairn.ports.out.parsing.ParsedDocument;
import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.persistence.StoredContent;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a source into the documents it holds: the stored text bundle or Q&A pairs, the uploaded file, the fetched
 * page, the crawled website or the sitemap's pages. Web documents are fetched one by one as they are asked for.
 */
final class SourceReader {

    private final SourceContentRepository contents;
    private final DocumentParserPort parser;
    private final PageFetcherPort fetcher;
    private final Optional<CrawlPorts> crawl;

    SourceReader(
            SourceContentRepository contents,
            DocumentParserPort parser,
            PageFetcherPort fetcher,
            Optional<CrawlPorts> crawl) {
        this.contents = contents;
        this.parser = parser;
        this.fetcher = fetcher;
        this.crawl = crawl;
    }

    /** @param known the documents earlier runs found, by URL; web sources use them to skip unchanged pages */
    Iterator<SourceDocument> read(Source source, Map<String, Document> known, IngestMode mode) {
        return switch (source.type()) {
            case TEXT, QA -> texts(stored(source)).iterator();
            case FILE -> List.of(file(stored(source))).iterator();
            case URL -> List.of(page(source.location())).iterator();
            case WEBSITE ->
                new SiteCrawl(
                        startOf(source),
                        source.crawl(),
                        known,
                        retriever(mode),
                        crawlPorts().links());
            case SITEMAP ->
                new SitemapCrawl(
                                startOf(source),
                                source.crawl(),
                                retriever(mode),
                                crawlPorts().sitemaps(),
                                mode)
                        .documents(known);
        };
    }

    private PageRetriever retriever(IngestMode mode) {
        return new PageRetriever(fetcher, parser, crawlPorts(), mode);
    }

    private CrawlPorts crawlPorts() {
        return crawl.orElseThrow(() -> new UnsupportedOperationException(
                "website and sitemap sources need a crawler, and none is configured"));
    }

    static URI startOf(Source source) {
        return startOf(source.location());
    }

    static URI startOf(String location) {
        return WebAddress.normalise(location)
                .orElseThrow(() -> new FetchFailedException(Reason.INVALID_URL, "not an http(s) URL: " + location));
    }

    private StoredContent stored(Source source) {
        return contents.get(source.organizationId(), source.id())
                .orElseThrow(() -> new NotFoundException("source_content", source.id()));
    }

    private static List<SourceDocument> texts(StoredContent stored) {
        List<TextDocument> docs = TextBundle.decode(stored.bytes());
        List<SourceDocument> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            TextDocument d = docs.get(i);
            String reference = d.reference().isEmpty() && docs.size() > 1 ? "#" + (i + 1) : d.reference();
            out.add(SourceDocument.fresh(reference, () -> new ParsedDocument(d.title(), d.text(), "text/plain")));
        }
        return out;
    }

    private SourceDocument file(StoredContent stored) {
        return SourceDocument.fresh(
                stored.fileName(),
                () -> parser.parse(new DocumentContent(stored.bytes(), stored.fileName(), stored.mediaType())));
    }

    private SourceDocument page(String url) {
        return SourceDocument.fresh(url, () -> {
            FetchedPage page = fetcher.fetch(URI.create(url));
            String path =
                    page.finalUri().getPath() == null ? "" : page.finalUri().getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            return parser.parse(new DocumentContent(page.body(), name, page.contentType()));
        });
    }
}
