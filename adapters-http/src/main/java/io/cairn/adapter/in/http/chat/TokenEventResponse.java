package io.cairn.adapter.in.http.chat;

import io.micronaut.serde.annotation.Serdeable;

/** SSE {@code token}: the next piece of the answer's text. */
@Serdeable
public record TokenEventResponse(String text) {}
