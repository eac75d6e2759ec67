package io.cairn.bench;

import io.cairn.ports.out.embedding.EmbeddingPort;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedding port Cairn's retriever gets in benchmark 2: query vectors computed before the timing, looked up by
 * the query's text, so the latency measured is retrieval alone, without the model.
 */
final class PrecomputedQueryEmbeddings implements EmbeddingPort {

    private final Map<String, float[]> vectors = new HashMap<>();
    private final int dimension;

    PrecomputedQueryEmbeddings(List<String> queries, List<float[]> queryVectors) {
        for (int i = 0; i < queries.size(); i++) {
            vectors.put(queries.get(i), queryVectors.get(i));
        }
        this.dimension = queryVectors.get(0).length;
    }

    @Override
    public String modelId() {
        return "precomputed";
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public int maxInputTokens() {
        return Integer.MAX_VALUE;
    }

    @Override
    public int count(String text) {
        return text.split("\\s+").length;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        throw new UnsupportedOperationException("the retrieval benchmark only embeds queries, before the timing");
    }

    @Override
    public float[] embedQuery(String query) {
        float[] vector = vectors.get(query);
        if (vector == null) {
            throw new IllegalArgumentException("no precomputed vector for query: " + query);
        }
        return vector;
    }
}
