package io.cairn.usecase.source;

import io.cairn.domain.chunk.Chunk;
import io.cairn.domain.source.Document;
import java.util.List;

/** A parsed, chunked document waiting for its embeddings. */
record PreparedDocument(Document document, String title, String hash, EmbeddingText embeddingText, List<Chunk> chunks) {

    List<String> embeddingInputs() {
        return chunks.stream().map(c -> embeddingText.of(c.text())).toList();
    }
}
