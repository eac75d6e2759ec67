package io.cairn.usecase.retrieval;

import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.retrieval.Fusion;
import io.cairn.domain.retrieval.RankFusion;
import io.cairn.domain.retrieval.RankedChunk;
import io.cairn.ports.out.embedding.EmbeddingPort;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.RetrievalIndexPort;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * Runs the rankings a mode asks for and fuses them; shared by chat and search. In hybrid mode the keyword ranking
 * runs on a second thread while this one embeds the question and searches the vectors, so a hybrid search takes about
 * as long as its slower half rather than the sum of both.
 */
public final class Retriever {

    private static final int MIN_FUSION_DEPTH = 100;

    /** Shared by every retriever of the process: daemon threads, created on demand, ended after a minute idle. */
    private static final Executor KEYWORD_SEARCHES = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "cairn-keyword-search");
        thread.setDaemon(true);
        return thread;
    });

    private final EmbeddingPort embedding;
    private final RetrievalIndexPort index;
    private final Fusion fusion;
    private final Executor keywordSearches;

    public Retriever(EmbeddingPort embedding, RetrievalIndexPort index, Fusion fusion) {
        this(embedding, index, fusion, KEYWORD_SEARCHES);
    }

    /** Runs hybrid mode's keyword ranking on {@code keywordSearches}. */
    public Retriever(EmbeddingPort embedding, RetrievalIndexPort index, Fusion fusion, Executor keywordSearches) {
        this.embedding = Objects.requireNonNull(embedding);
        this.index = Objects.requireNonNull(index);
        this.fusion = Objects.requireNonNull(fusion);
        this.keywordSearches = Objects.requireNonNull(keywordSearches);
    }

    public List<RankedChunk> retrieve(IndexScope scope, String query, RetrievalMode mode, int limit) {
        return switch (mode) {
            case VECTOR ->
                RankFusion.single(index.searchVector(scope, embedding.embedQuery(query), limit), true, limit);
            case KEYWORD -> RankFusion.single(index.searchKeyword(scope, query, limit), false, limit);
            case HYBRID -> {
                int depth = Math.max(MIN_FUSION_DEPTH, limit * 2);
                CompletableFuture<List<ChunkHit>> keyword =
                        CompletableFuture.supplyAsync(() -> index.searchKeyword(scope, query, depth), keywordSearches);
                List<ChunkHit> vector;
                try {
                    vector = index.searchVector(scope, embedding.embedQuery(query), depth);
                } catch (RuntimeException e) {
                    keyword.cancel(false);
                    throw e;
                }
                yield fusion.fuse(vector, await(keyword), limit);
            }
        };
    }

    /** The keyword ranking, or its own failure rethrown on the caller's thread. */
    private static List<ChunkHit> await(CompletableFuture<List<ChunkHit>> keyword) {
        try {
            return keyword.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
