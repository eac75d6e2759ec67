package io.cairn.domain.bot;

import io.cairn.domain.error.ValidationException;
import java.util.Locale;

/** How a bot ranks its chunks: dense vectors, BM25 keywords, or both fused. */
public enum RetrievalMode {
    HYBRID,
    VECTOR,
    KEYWORD;

    public static RetrievalMode parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new ValidationException("retrieval.mode", "must be one of hybrid, vector, keyword");
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
