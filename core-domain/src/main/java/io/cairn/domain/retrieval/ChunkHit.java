package io.cairn.domain.retrieval;

import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import java.util.Objects;

/**
 * A chunk found by one ranking. {@code score} is the cosine similarity for vector search and the BM25 score for
 * keyword search.
 */
public record ChunkHit(
        String chunkId, DocumentId documentId, SourceId sourceId, String title, String url, String text, double score) {

    public ChunkHit {
        Objects.requireNonNull(chunkId);
        Objects.requireNonNull(documentId);
        Objects.requireNonNull(sourceId);
        title = title == null ? "" : title;
        url = url == null ? "" : url;
        Objects.requireNonNull(text);
    }
}
