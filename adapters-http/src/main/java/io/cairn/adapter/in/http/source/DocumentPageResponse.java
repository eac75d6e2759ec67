package io.cairn.adapter.in.http.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.domain.common.Page;
import io.cairn.domain.source.Document;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of a source's documents; {@code nextCursor} is null on the last page. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentPageResponse(List<DocumentResponse> items, String nextCursor) {

    static DocumentPageResponse from(Page<Document> page) {
        return new DocumentPageResponse(
                page.items().stream().map(DocumentResponse::from).toList(),
                page.nextCursor().orElse(null));
    }
}
