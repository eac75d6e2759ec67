package io.cairn.domain.chat;

import io.cairn.domain.answer.Citation;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A turn of a conversation. Assistant messages keep their citations, whether the bot could answer, how the
 * answer was made ({@code generated} or {@code extractive}), token usage, and whether the answer was cut off.
 */
public record Message(
        MessageId id,
        ConversationId conversationId,
        OrganizationId organizationId,
        MessageRole role,
        String content,
        List<Citation> citations,
        boolean answered,
        String answerMode,
        TokenUsage usage,
        boolean partial,
        Instant createdAt) {

    public Message {
        Objects.requireNonNull(id);
        Objects.requireNonNull(conversationId);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(role);
        content = content == null ? "" : content;
        citations = citations == null ? List.of() : List.copyOf(citations);
        answerMode = answerMode == null ? "" : answerMode;
        usage = usage == null ? TokenUsage.none() : usage;
        Objects.requireNonNull(createdAt);
    }

    /** A turn of the client's own transcript, read as history for the model and never stored. */
    public static Message earlierTurn(Conversation c, MessageRole role, String text, Instant now) {
        return new Message(
                MessageId.random(), c.id(), c.organizationId(), role, text, List.of(), true, "", null, false, now);
    }

    public static Message fromUser(Conversation c, String text, Instant now) {
        return new Message(
                MessageId.random(),
                c.id(),
                c.organizationId(),
                MessageRole.USER,
                text,
                List.of(),
                true,
                "",
                null,
                false,
                now);
    }
}
