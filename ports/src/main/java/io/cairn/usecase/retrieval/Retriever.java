package io.cairn.usecase.retrieval;

import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.retrieval.Fusion;
import io.cairn.domain.retrieval.RankFusion;
import io.cairn.domain.retrieval.RankedChunk;
import io.cairn.ports.out.embedding.EmbeddingPort;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.RetrievalIndexPort;
import java.util.List;

/** Runs the rankings a mode asks for and fuses them; shared by chat and search. */
public final class Retriever {

    private static final int MIN_FUSION_DEPTH = 100;

    private final EmbeddingPort embedding;
    private final RetrievalIndexPort index;
    private final Fusion fusion;

    public Retriever(EmbeddingPort embedding, RetrievalIndexPort index, Fusion fusion) {
        this.embedding = embedding;
        this.index = index;
        this.fusion = fusion;
    }

    public List<RankedChunk> retrieve(IndexScope scope, String query, RetrievalMode mode, int limit) {
        return switch (mode) {
            case VECTOR ->
                RankFusion.single(index.searchVector(scope, embedding.embedQuery(query), limit), true, limit);
            case KEYWORD -> RankFusion.single(index.searchKeyword(scope, query, limit), false, limit);
            case HYBRID -> {
                int depth = Math.max(MIN_FUSION_DEPTH, limit * 2);
                yield fusion.fuse(
                        index.searchVector(scope, embedding.embedQuery(query), depth),
                        index.searchKeyword(scope, query, depth),
                        limit);
            }
        };
    }
}
