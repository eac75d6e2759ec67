package io.cairn.usecase.source;

import io.cairn.domain.source.PageState;
import io.cairn.ports.out.parsing.ParsedDocument;
import java.util.function.Supplier;

/**
 * One document a source holds, known by its reference (a URL, a file name or a text's id), with what reading it
 * found. Text and files are always fresh and parsed lazily, so a parse failure fails only that document.
 */
record SourceDocument(String reference, Retrieval retrieval) {

    static SourceDocument fresh(String reference, Supplier<ParsedDocument> parse) {
        return new SourceDocument(reference, new Retrieval.Fresh(parse, PageState.NONE));
    }
}
