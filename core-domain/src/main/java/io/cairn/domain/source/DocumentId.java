package io.cairn.domain.source;

import io.cairn.domain.common.Ids;
import java.util.UUID;

/** Identifies a document. */
public record DocumentId(UUID value) {

    public DocumentId {
        Ids.require(value, "document");
    }

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    public static DocumentId parse(String text) {
        return new DocumentId(Ids.parse("document", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
