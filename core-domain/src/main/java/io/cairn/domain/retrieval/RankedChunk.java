package io.cairn.domain.retrieval;

import java.util.Objects;
import java.util.OptionalDouble;

/** A chunk after fusion: its fused score, plus the raw scores of the rankings that found it. */
public record RankedChunk(ChunkHit chunk, double score, OptionalDouble similarity, OptionalDouble keywordScore) {

    public RankedChunk {
        Objects.requireNonNull(chunk);
        Objects.requireNonNull(similarity);
        Objects.requireNonNull(keywordScore);
    }
}
