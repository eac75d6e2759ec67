package io.cairn.adapter.in.http.chat;

import io.micronaut.serde.annotation.Serdeable;

/** SSE {@code done}: the last event of an answer; {@code partial} when the model's stream broke mid-answer. */
@Serdeable
public record DoneEventResponse(boolean answered, String mode, UsageResponse usage, boolean partial) {}
