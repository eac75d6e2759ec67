package io.cairn.ports.fakes;

import io.cairn.ports.out.embedding.EmbeddingFailedException;
import io.cairn.ports.out.embedding.EmbeddingPort;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic bag-of-words embedding: each lower-cased word hashes into one of 64 dimensions. Texts that
 * share words are similar, which is all service tests need. Counts calls so tests can assert caching.
 */
public class FakeEmbedding implements EmbeddingPort {

    private static final int DIMENSION = 64;
    private final int maxInputTokens;
    private final AtomicInteger embeddedTexts = new AtomicInteger();

    public FakeEmbedding() {
        this(200);
    }

    public FakeEmbedding(int maxInputTokens) {
        this.maxInputTokens = maxInputTokens;
    }

    @Override
    public String modelId() {
        return "fake-bag-of-words";
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public int maxInputTokens() {
        return maxInputTokens;
    }

    @Override
    public int count(String text) {
        return words(text).length;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        for (String t : texts) {
            if (count(t) > maxInputTokens) {
                throw new EmbeddingFailedException("input of " + count(t) + " tokens exceeds " + maxInputTokens, null);
            }
        }
        embeddedTexts.addAndGet(texts.size());
        return texts.stream().map(FakeEmbedding::vector).toList();
    }

    @Override
    public float[] embedQuery(String query) {
        return vector(query);
    }

    public int embeddedTexts() {
        return embeddedTexts.get();
    }

    static String[] words(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
    }

    private static float[] vector(String text) {
        float[] v = new float[DIMENSION];
        for (String w : words(text)) {
            if (w.length() > 2) {
                v[Math.floorMod(w.hashCode(), DIMENSION)] += 1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            v[0] = 1;
            return v;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
