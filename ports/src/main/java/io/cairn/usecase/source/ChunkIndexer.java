package io.cairn.usecase.source;

import io.cairn.domain.chunk.Chunk;
import io.cairn.domain.source.Document;
import io.cairn.ports.out.embedding.EmbeddingCacheRepository;
import io.cairn.ports.out.embedding.EmbeddingPort;
import io.cairn.ports.out.index.DocumentChunks;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.IndexedChunk;
import io.cairn.ports.out.index.RetrievalIndexPort;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Embeds the chunks of several documents in one call, so the model sees full batches, skipping chunks whose
 * embedding input is already cached, then swaps the documents' chunks into the index in one write. The two halves
 * are separate steps, so the caller can index one batch while the model embeds the next.
 */
final class ChunkIndexer {

    private final CachedEmbeddings embeddings;
    private final RetrievalIndexPort index;

    ChunkIndexer(EmbeddingPort embedding, EmbeddingCacheRepository cache, RetrievalIndexPort index, Executor model) {
        this.embeddings = new CachedEmbeddings(embedding, cache, model);
        this.index = index;
    }

    /** Takes a document that can no longer be read out of the index, so the bot stops answering from stale text. */
    void withdraw(Document document) {
        index.deleteDocument(new IndexScope(document.organizationId(), document.botId()), document.id());
    }

    /** Starts embedding the batch's chunks; the model works while the caller goes on. */
    CachedEmbeddings.Pending embed(List<PreparedDocument> batch) {
        List<String> inputs = new ArrayList<>();
        batch.forEach(d -> inputs.addAll(d.embeddingInputs()));
        return embeddings.start(inputs);
    }

    /** Writes the batch's documents' chunks to the index, with the vectors of their chunks in order. */
    void index(IndexScope scope, List<PreparedDocument> batch, List<float[]> vectors) {
        int next = 0;
        List<DocumentChunks> replacements = new ArrayList<>(batch.size());
        for (PreparedDocument d : batch) {
            List<IndexedChunk> chunks = new ArrayList<>(d.chunks().size());
            for (Chunk c : d.chunks()) {
                chunks.add(new IndexedChunk(
                        IndexedChunk.idOf(d.document().id(), c.ordinal()),
                        d.document().sourceId(),
                        d.document().id(),
                        d.title(),
                        d.document().url(),
                        c.text(),
                        vectors.get(next++)));
            }
            replacements.add(new DocumentChunks(d.document().id(), chunks));
        }
        index.replaceDocuments(scope, replacements);
    }
}
