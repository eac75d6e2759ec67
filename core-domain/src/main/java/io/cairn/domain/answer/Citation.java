package io.cairn.domain.answer;

import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import java.util.Objects;

/** A numbered reference from an answer to the passage it came from, bound on the server. */
public record Citation(
        int n,
        SourceId sourceId,
        DocumentId documentId,
        String chunkId,
        String title,
        String url,
        String snippet,
        double score) {

    public Citation {
        Objects.requireNonNull(sourceId);
        Objects.requireNonNull(documentId);
        Objects.requireNonNull(chunkId);
        title = title == null ? "" : title;
        url = url == null ? "" : url;
        snippet = snippet == null ? "" : snippet;
    }
}
