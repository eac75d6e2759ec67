package io.cairn.adapter.in.http.openai;

import io.cairn.domain.answer.Citation;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Cairn's extension {@code cairn_citations}: a passage the answer cites, numbered as in the answer text. */
@Serdeable
public record OpenAiCitation(int index, String title, String url, String quote) {

    static List<OpenAiCitation> all(List<Citation> citations) {
        return citations.stream()
                .map(c -> new OpenAiCitation(c.n(), c.title(), c.url(), c.snippet()))
                .toList();
    }
}
