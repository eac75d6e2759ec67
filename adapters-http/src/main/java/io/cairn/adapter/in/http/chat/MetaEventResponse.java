package io.cairn.adapter.in.http.chat;

import io.micronaut.serde.annotation.Serdeable;

/** SSE {@code meta}: the first event, naming the conversation and the answer's message. */
@Serdeable
public record MetaEventResponse(String conversationId, String messageId) {}
