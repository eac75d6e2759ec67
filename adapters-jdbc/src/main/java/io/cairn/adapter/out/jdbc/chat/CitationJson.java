package io.cairn.adapter.out.jdbc.chat;

import io.cairn.domain.answer.Citation;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import io.micronaut.serde.annotation.Serdeable;

/** The stored JSON shape of one {@link Citation} in a message's citations column. */
@Serdeable
record CitationJson(
        int n,
        String sourceId,
        String documentId,
        String chunkId,
        String title,
        String url,
        String snippet,
        double score) {

    static CitationJson from(Citation c) {
        return new CitationJson(
                c.n(),
                c.sourceId().toString(),
                c.documentId().toString(),
                c.chunkId(),
                c.title(),
                c.url(),
                c.snippet(),
                c.score());
    }

    Citation toDomain() {
        return new Citation(
                n, SourceId.parse(sourceId), DocumentId.parse(documentId), chunkId, title, url, snippet, score);
    }
}
