package io.cairn.adapter.out.jdbc.chat;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code messages}; citations are {@link CitationJson} text. The table's {@code seq} column is left to the
 * database: it keeps saved order among messages written in the same microsecond.
 */
@MappedEntity("messages")
record MessageRow(
        @Id UUID id,
        UUID organizationId,
        UUID conversationId,
        String role,
        String content,
        String citations,
        boolean answered,
        String answerMode,
        int promptTokens,
        int completionTokens,
        boolean partial,
        Instant createdAt) {}
