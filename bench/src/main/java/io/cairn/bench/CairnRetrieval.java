package io.cairn.bench;

import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.retrieval.Fusion;
import io.cairn.domain.retrieval.RankedChunk;
import io.cairn.ports.out.embedding.EmbeddingPort;
import io.cairn.ports.out.index.RetrievalIndexPort;
import io.cairn.usecase.retrieval.Retriever;
import java.util.List;

/**
 * One of Cairn's index adapters behind the retriever chat uses ({@link Retriever}: vector, or vector plus BM25
 * fused by the server's default fusion), loaded through the adapter's batched write path.
 */
final class CairnRetrieval {

    static final int LIMIT = 10;
    /** The depth {@link Retriever} asks each ranking for in hybrid mode at a limit of 10. */
    static final int HYBRID_DEPTH = 100;

    private static final int DOCUMENTS_PER_BATCH = 100;

    private final RetrievalIndexPort index;
    private final Retriever retriever;
    private final BenchCorpus corpus;
    private final List<String> queries;

    CairnRetrieval(
            RetrievalIndexPort index,
            EmbeddingPort queryEmbeddings,
            Fusion fusion,
            BenchCorpus corpus,
            List<String> queries) {
        this.index = index;
        this.retriever = new Retriever(queryEmbeddings, index, fusion);
        this.corpus = corpus;
        this.queries = queries;
    }

    /** Writes the corpus in batches of 100 documents (1,000 chunks); returns the seconds it took. */
    double load() {
        long start = System.nanoTime();
        for (int d = 0; d < corpus.documentCount(); d += DOCUMENTS_PER_BATCH) {
            index.replaceDocuments(corpus.scope(), corpus.documents(d, DOCUMENTS_PER_BATCH));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long count = index.count(corpus.scope());
        if (count != corpus.size()) {
            throw new IllegalStateException("the index holds %d chunks, expected %d".formatted(count, corpus.size()));
        }
        return seconds;
    }

    LatencyRun.Search search(RetrievalMode mode) {
        return q -> retriever.retrieve(corpus.scope(), queries.get(q), mode, LIMIT).stream()
                .map(RankedChunk::chunk)
                .map(ChunkHit::chunkId)
                .toList();
    }

    /** The index's BM25 ranking of query {@code q}, as hybrid reads it; exact on both backends. */
    List<ChunkHit> keyword(int q) {
        return index.searchKeyword(corpus.scope(), queries.get(q), HYBRID_DEPTH);
    }
}
