package io.cairn.ports.in.chat;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.common.Text;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.OrganizationId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A visitor's question to a bot, continuing either a stored conversation or, for a client that keeps its own
 * transcript, the earlier turns it sends along; never both.
 */
public record AskQuestionCommand(
        OrganizationId organizationId,
        BotId botId,
        String message,
        Optional<ConversationId> conversationId,
        List<EarlierTurn> earlierTurns) {

    public static final int MAX_MESSAGE_LENGTH = 4_000;

    /** Earlier turns a request may carry; the prompt keeps only the newest that fit its history budget anyway. */
    public static final int MAX_EARLIER_TURNS = 100;

    public AskQuestionCommand {
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(botId);
        message = Text.required(message, "message", MAX_MESSAGE_LENGTH);
        Objects.requireNonNull(conversationId);
        earlierTurns = List.copyOf(earlierTurns);
        if (earlierTurns.size() > MAX_EARLIER_TURNS) {
            throw new ValidationException(
                    "messages", "may carry at most " + MAX_EARLIER_TURNS + " turns before the question");
        }
        if (!earlierTurns.isEmpty() && conversationId.isPresent()) {
            throw new ValidationException("conversationId", "continues a stored conversation: send no earlier turns");
        }
    }

    /** A question that starts a conversation or continues a stored one. */
    public AskQuestionCommand(
            OrganizationId organizationId, BotId botId, String message, Optional<ConversationId> conversationId) {
        this(organizationId, botId, message, conversationId, List.of());
    }
}
