package io.cairn.ports.in.chat;

import io.cairn.domain.answer.Citation;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.MessageId;
import io.cairn.domain.chat.TokenUsage;
import java.util.List;

/**
 * The finished answer. {@code answered} is false when the knowledge held no answer and the fallback message was
 * sent; {@code mode} is {@code generated}, {@code extractive} or {@code fallback}; {@code partial} is true when the
 * model's stream broke mid-answer and only what arrived was kept.
 */
public record AnswerResult(
        ConversationId conversationId,
        MessageId messageId,
        String answer,
        boolean answered,
        List<Citation> citations,
        TokenUsage usage,
        String mode,
        boolean partial) {

    public AnswerResult {
        citations = List.copyOf(citations);
    }

    /** A complete answer. */
    public AnswerResult(
            ConversationId conversationId,
            MessageId messageId,
            String answer,
            boolean answered,
            List<Citation> citations,
            TokenUsage usage,
            String mode) {
        this(conversationId, messageId, answer, answered, citations, usage, mode, false);
    }
}
