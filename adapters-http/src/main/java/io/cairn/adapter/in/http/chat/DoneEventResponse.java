package io.cairn.adapter.in.http.chat;

import io.micronaut.serde.annotation.Serdeable;

/** SSE {@code done}: the last event of a successful answer. */
@Serdeable
public record DoneEventResponse(boolean answered, String mode, UsageResponse usage) {}
