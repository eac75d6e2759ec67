package io.cairn.usecase.source;

import io.cairn.ports.out.parsing.ParsedDocument;
import java.util.function.Supplier;

/**
 * One document a source yields before parsing: the reference it is known by (URL, file name or given id) and how
 * to get its text. The supplier may throw the fetcher's or the parser's failure.
 */
record SourceDocument(String reference, Supplier<ParsedDocument> content) {}
