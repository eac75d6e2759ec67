package io.cairn.ports.in.chat;

import io.cairn.domain.answer.Citation;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.MessageId;
import io.cairn.domain.chat.TokenUsage;
import java.util.List;

/**
 * The finished answer. {@code answered} is false when the knowledge held no answer and the fallback message was
 * sent; {@code mode} is {@code generated}, {@code extractive} or {@code fallback}.
 */
public record AnswerResult(
        ConversationId conversationId,
        MessageId messageId,
        String answer,
        boolean answered,
        List<Citation> citations,
        TokenUsage usage,
        String mode) {

    public AnswerResult {
        citations = List.copyOf(citations);
    }
}
