package io.cairn.usecase.source;

import io.cairn.domain.chunk.ChunkingPolicy;
import io.cairn.ports.out.embedding.EmbeddingPort;

/**
 * What gets embedded for a chunk: the document title, then the chunk text, so every chunk carries its context.
 * The chunk budget shrinks by the title's tokens; a very long title is left out rather than crowding the text.
 */
record EmbeddingText(String prefix, ChunkingPolicy policy) {

    private static final int MAX_TITLE_TOKENS = 48;
    private static final String SEPARATOR = "\n\n";

    static EmbeddingText forTitle(String title, ChunkingPolicy base, EmbeddingPort embedding) {
        int titleTokens = title.isBlank() ? 0 : embedding.count(title);
        boolean useTitle = titleTokens > 0 && titleTokens <= MAX_TITLE_TOKENS;
        String prefix = useTitle ? title.strip() + SEPARATOR : "";
        int budget = embedding.maxInputTokens() - (useTitle ? titleTokens + 1 : 0);
        return new EmbeddingText(prefix, base.capTo(budget));
    }

    String of(String chunkText) {
        return prefix + chunkText;
    }
}
