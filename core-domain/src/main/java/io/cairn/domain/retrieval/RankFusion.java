package io.cairn.domain.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Weighted reciprocal rank fusion of a vector ranking and a keyword ranking: each list contributes
 * {@code weight / (k + rank)}. Rank-based fusion needs no score calibration between cosine and BM25, which is
 * what makes it safe to share across index backends.
 */
public record RankFusion(int k, double vectorWeight, double keywordWeight) implements Fusion {

    public RankFusion {
        if (k < 1 || vectorWeight < 0 || keywordWeight < 0) {
            throw new IllegalArgumentException("k >= 1 and non-negative weights");
        }
    }

    /** The constants measured on SciFact (docs/benchmarks.md). */
    public static RankFusion defaults() {
        return new RankFusion(60, 1.0, 1.0);
    }

    @Override
    public List<RankedChunk> fuse(List<ChunkHit> vectorHits, List<ChunkHit> keywordHits, int limit) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        add(byId, vectorHits, vectorWeight, true);
        add(byId, keywordHits, keywordWeight, false);
        List<RankedChunk> fused = new ArrayList<>(byId.size());
        byId.values().forEach(b -> fused.add(b.build()));
        fused.sort(Comparator.comparingDouble(RankedChunk::score).reversed());
        return fused.subList(0, Math.min(limit, fused.size()));
    }

    /** A single ranking passed through unchanged, for the vector-only and keyword-only modes. */
    public static List<RankedChunk> single(List<ChunkHit> hits, boolean vector, int limit) {
        return hits.stream()
                .limit(limit)
                .map(h -> new RankedChunk(
                        h,
                        h.score(),
                        vector ? OptionalDouble.of(h.score()) : OptionalDouble.empty(),
                        vector ? OptionalDouble.empty() : OptionalDouble.of(h.score())))
                .toList();
    }

    private void add(Map<String, Builder> byId, List<ChunkHit> hits, double weight, boolean vector) {
        for (int rank = 0; rank < hits.size(); rank++) {
            ChunkHit hit = hits.get(rank);
            Builder b = byId.computeIfAbsent(hit.chunkId(), id -> new Builder(hit));
            b.score += weight / (k + rank + 1);
            if (vector) {
                b.similarity = OptionalDouble.of(hit.score());
            } else {
                b.keyword = OptionalDouble.of(hit.score());
            }
        }
    }

    private static final class Builder {
        private final ChunkHit hit;
        private double score;
        private OptionalDouble similarity = OptionalDouble.empty();
        private OptionalDouble keyword = OptionalDouble.empty();

        Builder(ChunkHit hit) {
            this.hit = hit;
        }

        RankedChunk build() {
            return new RankedChunk(hit, score, similarity, keyword);
        }
    }
}
