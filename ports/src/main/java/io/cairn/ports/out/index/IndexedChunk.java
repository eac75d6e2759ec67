package io.cairn.ports.out.index;

import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import java.util.Objects;

/** A chunk ready for the index: its text, where it came from, and its embedding. */
public record IndexedChunk(
        String chunkId,
        SourceId sourceId,
        DocumentId documentId,
        String title,
        String url,
        String text,
        float[] vector) {

    public IndexedChunk {
        Objects.requireNonNull(chunkId);
        Objects.requireNonNull(sourceId);
        Objects.requireNonNull(documentId);
        title = title == null ? "" : title;
        url = url == null ? "" : url;
        Objects.requireNonNull(text);
        Objects.requireNonNull(vector);
    }

    public static String idOf(DocumentId document, int ordinal) {
        return document + ":" + ordinal;
    }
}
