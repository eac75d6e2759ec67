package io.cairn.adapter.in.http.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** SSE {@code citations}: the passages the answer cites, after the last token. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CitationsEventResponse(List<CitationResponse> citations) {}
