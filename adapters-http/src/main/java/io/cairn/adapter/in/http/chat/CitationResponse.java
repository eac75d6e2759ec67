package io.cairn.adapter.in.http.chat;

import io.cairn.domain.answer.Citation;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A numbered source of an answer, as bound by the server to a retrieved passage. */
@Serdeable
public record CitationResponse(
        int n, String sourceId, String documentId, String title, String url, String snippet, double score) {

    static CitationResponse from(Citation c) {
        return new CitationResponse(
                c.n(), c.sourceId().toString(), c.documentId().toString(), c.title(), c.url(), c.snippet(), c.score());
    }

    static List<CitationResponse> all(List<Citation> citations) {
        return citations.stream().map(CitationResponse::from).toList();
    }
}
