package io.cairn.ports.out.parsing;

import java.util.Objects;

/** The readable text of a document, with boilerplate removed, its title and its detected media type. */
public record ParsedDocument(String title, String text, String mediaType) {

    public ParsedDocument {
        title = title == null ? "" : title.strip();
        Objects.requireNonNull(text);
        Objects.requireNonNull(mediaType);
    }
}
