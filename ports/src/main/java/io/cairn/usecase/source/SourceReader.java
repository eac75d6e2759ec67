package io.cairn.usecase.source;

import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.source.Source;
import io.cairn.ports.in.source.AddSourceCommand.TextDocument;
import io.cairn.ports.out.fetch.FetchedPage;
import io.cairn.ports.out.fetch.PageFetcherPort;
import io.cairn.ports.out.parsing.DocumentContent;
import io.cairn.ports.out.parsing.DocumentParserPort;
import io.cairn.ports.out.parsing.ParsedDocument;
import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.persistence.StoredContent;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Turns a source into the documents it holds: the stored text bundle, the uploaded file, or the fetched page. */
final class SourceReader {

    private final SourceContentRepository contents;
    private final DocumentParserPort parser;
    private final PageFetcherPort fetcher;

    SourceReader(SourceContentRepository contents, DocumentParserPort parser, PageFetcherPort fetcher) {
        this.contents = contents;
        this.parser = parser;
        this.fetcher = fetcher;
    }

    List<SourceDocument> read(Source source) {
        return switch (source.type()) {
            case TEXT -> texts(stored(source));
            case FILE -> List.of(file(stored(source)));
            case URL -> List.of(page(source.location()));
            default ->
                throw new UnsupportedOperationException(
                        "sources of type " + source.type().wireName() + " are not supported yet");
        };
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
            out.add(new SourceDocument(reference, () -> new ParsedDocument(d.title(), d.text(), "text/plain")));
        }
        return out;
    }

    private SourceDocument file(StoredContent stored) {
        return new SourceDocument(
                stored.fileName(),
                () -> parser.parse(new DocumentContent(stored.bytes(), stored.fileName(), stored.mediaType())));
    }

    private SourceDocument page(String url) {
        return new SourceDocument(url, () -> {
            FetchedPage page = fetcher.fetch(URI.create(url));
            String path =
                    page.finalUri().getPath() == null ? "" : page.finalUri().getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            return parser.parse(new DocumentContent(page.body(), name, page.contentType()));
        });
    }
}
