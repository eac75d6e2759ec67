package io.cairn.ports.out.index;

import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import java.util.List;

/**
 * Driven port: stores chunks with their vectors and answers nearest-neighbour and BM25 queries, always inside
 * one {@link IndexScope}. Vector hits score by cosine similarity, keyword hits by BM25 over title and text.
 */
public interface RetrievalIndexPort {

    /** Replaces every chunk of a document at once: readers see the old version or the new one, never a mix. */
    void replaceDocument(IndexScope scope, DocumentId document, List<IndexedChunk> chunks);

    /**
     * Replaces several documents' chunks; each document swaps atomically. Backends override this to make one
     * durable write for the whole batch instead of one per document.
     */
    default void replaceDocuments(IndexScope scope, List<DocumentChunks> documents) {
        documents.forEach(d -> replaceDocument(scope, d.document(), d.chunks()));
    }

    void deleteDocument(IndexScope scope, DocumentId document);

    void deleteSource(IndexScope scope, SourceId source);

    void deleteBot(IndexScope scope);

    List<ChunkHit> searchVector(IndexScope scope, float[] query, int limit);

    List<ChunkHit> searchKeyword(IndexScope scope, String query, int limit);

    long count(IndexScope scope);

    /**
     * Reorganises the whole index for the fastest searches after a bulk load, and returns when done: an operator's
     * action, which may take minutes on a large index. Searches and writes go on meanwhile. A backend that keeps
     * itself in shape has nothing to do.
     */
    default void optimize() {}
}
