package io.cairn.ports.in.widget;

import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.common.Text;
import io.cairn.ports.in.chat.AskQuestionCommand;
import java.util.Objects;
import java.util.Optional;

/**
 * A widget visitor's question: the conversation it continues, if any, and, for bots that verify identities, the
 * visitor's user id with its signature ({@code userHash}) from the bot owner's backend.
 */
public record VisitorQuestion(
        WidgetVisit visit,
        String message,
        Optional<ConversationId> conversationId,
        Optional<String> userId,
        Optional<String> userHash) {

    public static final int MAX_USER_ID_LENGTH = 255;

    public VisitorQuestion {
        Objects.requireNonNull(visit, "visit");
        message = Text.required(message, "message", AskQuestionCommand.MAX_MESSAGE_LENGTH);
        Objects.requireNonNull(conversationId, "conversationId");
        userId = Objects.requireNonNull(userId, "userId").filter(id -> !id.isBlank());
        userHash = Objects.requireNonNull(userHash, "userHash").filter(hash -> !hash.isBlank());
        userId.ifPresent(id -> Text.required(id, "userId", MAX_USER_ID_LENGTH));
    }
}
