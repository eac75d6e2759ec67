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

/**
 * Embeds the chunks of several documents in one call, so the model sees full batches, skipping chunks whose
 * embedding input is already cached, then swaps the documents' chunks into the index in one write.
 */
final class ChunkIndexer {

    private final CachedEmbeddings embeddings;
    private final RetrievalIndexPort index;

    ChunkIndexer(EmbeddingPort embedding, EmbeddingCacheRepository cache, RetrievalIndexPort index) {
        this.embeddings = new CachedEmbeddings(embedding, cache);
        this.index = index;
    }

    /** Takes a document that can no longer be read out of the index, so the bot stops answering from stale text. */
    void withdraw(Document document) {
        index.deleteDocument(new IndexScope(document.organizationId(), document.botId()), document.id());
    }

    void index(IndexScope scope, List<PreparedDocument> batch) {
        List<String> inputs = new ArrayList<>();
        batch.forEach(d -> inputs.addAll(d.embeddingInputs()));
        List<float[]> vectors = embeddings.embedAll(inputs);
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
