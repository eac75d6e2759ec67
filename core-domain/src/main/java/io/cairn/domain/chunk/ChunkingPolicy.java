package io.cairn.domain.chunk;

/**
 * How big chunks are and how much consecutive chunks share. Sizes are in the embedding model's own tokens;
 * {@code maxTokens} must leave room for whatever is prepended when embedding (the title).
 */
public record ChunkingPolicy(int maxTokens, int overlapTokens) {

    public ChunkingPolicy {
        if (maxTokens < 16) {
            throw new IllegalArgumentException("maxTokens must be at least 16");
        }
        if (overlapTokens < 0 || overlapTokens >= maxTokens / 2) {
            throw new IllegalArgumentException("overlapTokens must be between 0 and half of maxTokens");
        }
    }

    public static ChunkingPolicy defaults() {
        return new ChunkingPolicy(320, 48);
    }

    public ChunkingPolicy capTo(int limit) {
        int max = Math.max(16, Math.min(maxTokens, limit));
        return new ChunkingPolicy(max, Math.min(overlapTokens, max / 2 - 1));
    }
}
