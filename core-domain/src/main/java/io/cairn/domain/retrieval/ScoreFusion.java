package io.cairn.domain.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Convex combination of min-max normalised scores: {@code alpha × cosine' + (1 − alpha) × bm25'}, each list scaled
 * to [0, 1] over its own candidates; a chunk missing from a list gets 0 there. Unlike rank fusion it keeps how far
 * apart the scores are, so a weak keyword list cannot drag a clear vector winner down.
 */
public record ScoreFusion(double alpha) implements Fusion {

    public ScoreFusion {
        if (alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("alpha must be between 0 and 1");
        }
    }

    @Override
    public List<RankedChunk> fuse(List<ChunkHit> vectorHits, List<ChunkHit> keywordHits, int limit) {
        Map<String, double[]> scores = new LinkedHashMap<>();
        Map<String, ChunkHit> hits = new LinkedHashMap<>();
        add(scores, hits, vectorHits, 0);
        add(scores, hits, keywordHits, 1);
        double[] v = range(vectorHits);
        double[] k = range(keywordHits);
        List<RankedChunk> fused = new ArrayList<>(hits.size());
        for (var e : hits.entrySet()) {
            double[] raw = scores.get(e.getKey());
            double score = alpha * normalise(raw[0], v) + (1 - alpha) * normalise(raw[1], k);
            fused.add(new RankedChunk(e.getValue(), score, optional(raw[0]), optional(raw[1])));
        }
        fused.sort(Comparator.comparingDouble(RankedChunk::score).reversed());
        return fused.subList(0, Math.min(limit, fused.size()));
    }

    private static void add(Map<String, double[]> scores, Map<String, ChunkHit> hits, List<ChunkHit> list, int slot) {
        for (ChunkHit hit : list) {
            hits.putIfAbsent(hit.chunkId(), hit);
            scores.computeIfAbsent(hit.chunkId(), id -> new double[] {Double.NaN, Double.NaN})[slot] = hit.score();
        }
    }

    private static double[] range(List<ChunkHit> list) {
        double min = list.stream().mapToDouble(ChunkHit::score).min().orElse(0);
        double max = list.stream().mapToDouble(ChunkHit::score).max().orElse(0);
        return new double[] {min, max};
    }

    private static double normalise(double raw, double[] range) {
        if (Double.isNaN(raw)) {
            return 0;
        }
        double span = range[1] - range[0];
        return span <= 0 ? 1 : (raw - range[0]) / span;
    }

    private static OptionalDouble optional(double raw) {
        return Double.isNaN(raw) ? OptionalDouble.empty() : OptionalDouble.of(raw);
    }
}
