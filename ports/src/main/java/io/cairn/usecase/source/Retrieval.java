package io.cairn.usecase.source;

import io.cairn.domain.source.PageState;
import io.cairn.ports.out.parsing.ParsedDocument;
import java.util.function.Supplier;

/** What reading one document of a source found: new content to parse, no change, a page gone, skipped or failed. */
sealed interface Retrieval {

    /** Content that may have changed; {@code parse} may throw the parser's failure. */
    record Fresh(Supplier<ParsedDocument> parse, PageState page) implements Retrieval {}

    /** The server, the sitemap or the body hash says the page did not change: no parse, no embedding. */
    record Unchanged(PageState page) implements Retrieval {}

    /** A page that was indexed is gone (404/410, or no longer in the sitemap): it leaves the index. */
    record Gone() implements Retrieval {}

    /** The crawl may not take this URL, for example robots.txt disallows it. */
    record Skipped(String reason) implements Retrieval {}

    /** Reading failed; a page indexed before keeps its last good content. */
    record Failed(RuntimeException error) implements Retrieval {}
}
