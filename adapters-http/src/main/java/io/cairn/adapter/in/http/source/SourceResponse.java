package io.cairn.adapter.in.http.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.domain.source.Source;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A source with its ingestion status, failure reason and counts; {@code location} is a URL or a file name. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SourceResponse(
        String id,
        String type,
        String status,
        String error,
        int documents,
        int chunks,
        String lastSyncedAt,
        String createdAt,
        String title,
        String location) {

    static SourceResponse from(Source source) {
        return new SourceResponse(
                source.id().toString(),
                source.type().wireName(),
                source.status().wireName(),
                source.error(),
                source.documentCount(),
                source.chunkCount(),
                source.lastSyncedAt().map(Instant::toString).orElse(null),
                source.createdAt().toString(),
                source.title(),
                source.location());
    }
}
