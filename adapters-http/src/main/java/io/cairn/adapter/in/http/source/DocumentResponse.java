package io.cairn.adapter.in.http.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.domain.source.Document;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One page or file of a source, with its status; {@code error} is why it failed or was skipped, and {@code notice}
 * flags a usable document that is not whole or not current (its text was cut, or its last sync failed).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentResponse(
        String id, String title, String url, String status, String error, String notice, int chunks, String updatedAt) {

    static DocumentResponse from(Document document) {
        return new DocumentResponse(
                document.id().toString(),
                document.title(),
                document.url(),
                document.status().wireName(),
                document.error(),
                document.notice().isEmpty() ? null : document.notice(),
                document.chunkCount(),
                document.updatedAt().toString());
    }
}
