package io.cairn.domain.chunk;

import io.cairn.domain.common.Text;

/** A passage of a document, small enough to embed whole. */
public record Chunk(int ordinal, String text, int tokenCount) {

    public Chunk {
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must be >= 0");
        }
        if (Text.isBlank(text)) {
            throw new IllegalArgumentException("a chunk has text");
        }
        if (tokenCount < 1) {
            throw new IllegalArgumentException("tokenCount must be >= 1");
        }
    }
}
