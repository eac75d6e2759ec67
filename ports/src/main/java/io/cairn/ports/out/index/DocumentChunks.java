package io.cairn.ports.out.index;

import io.cairn.domain.source.DocumentId;
import java.util.List;
import java.util.Objects;

/** The complete new set of chunks of one document. */
public record DocumentChunks(DocumentId document, List<IndexedChunk> chunks) {

    public DocumentChunks {
        Objects.requireNonNull(document);
        chunks = List.copyOf(chunks);
    }
}
