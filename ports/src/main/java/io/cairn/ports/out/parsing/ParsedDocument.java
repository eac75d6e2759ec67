package io.cairn.ports.out.parsing;

import java.util.Objects;

/**
 * The readable text of a document, with boilerplate removed, its title and its detected media type; {@code truncated}
 * says the text was cut at the parser's character limit, so the document is only partly searchable.
 */
public record ParsedDocument(String title, String text, String mediaType, boolean truncated) {

    public ParsedDocument {
        title = title == null ? "" : title.strip();
        Objects.requireNonNull(text);
        Objects.requireNonNull(mediaType);
    }

    /** A document whose whole text was kept. */
    public ParsedDocument(String title, String text, String mediaType) {
        this(title, text, mediaType, false);
    }
}
