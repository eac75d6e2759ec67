package io.cairn.domain.bot;

import io.cairn.domain.error.ValidationException;
import java.util.Objects;

/**
 * How many passages a bot retrieves and how relevant they must be. {@code minScore} is a cosine-similarity floor
 * in vector and hybrid mode, and a BM25 floor in keyword mode.
 */
public record RetrievalSettings(RetrievalMode mode, int topK, double minScore) {

    public static final int MAX_TOP_K = 50;

    public RetrievalSettings {
        Objects.requireNonNull(mode);
        if (topK < 1 || topK > MAX_TOP_K) {
            throw new ValidationException("retrieval.topK", "must be between 1 and " + MAX_TOP_K);
        }
        if (minScore < 0 || Double.isNaN(minScore)) {
            throw new ValidationException("retrieval.minScore", "must be zero or more");
        }
    }

    public static RetrievalSettings defaults() {
        return new RetrievalSettings(RetrievalMode.HYBRID, 5, 0.55);
    }
}
