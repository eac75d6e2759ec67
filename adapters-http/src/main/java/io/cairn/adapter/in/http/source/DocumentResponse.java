package io.cairn.adapter.in.http.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.domain.source.Document;
import io.micronaut.serde.annotation.Serdeable;

/** One page or file of a source, with its status and, when it failed, the reason. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentResponse(
        String id, String title, String url, String status, String error, int chunks, String updatedAt) {

    static DocumentResponse from(Document document) {
        return new DocumentResponse(
                document.id().toString(),
                document.title(),
                document.url(),
                document.status().wireName(),
                document.error(),
                document.chunkCount(),
                document.updatedAt().toString());
    }
}
