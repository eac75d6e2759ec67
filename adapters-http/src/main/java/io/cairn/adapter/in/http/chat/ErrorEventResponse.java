package io.cairn.adapter.in.http.chat;

import io.micronaut.serde.annotation.Serdeable;

/** SSE {@code error}: the answer failed; this event ends the stream. */
@Serdeable
public record ErrorEventResponse(String code, String message) {}
