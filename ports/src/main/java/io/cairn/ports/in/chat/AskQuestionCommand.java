package io.cairn.ports.in.chat;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.common.Text;
import io.cairn.domain.tenant.OrganizationId;
import java.util.Objects;
import java.util.Optional;

/** A visitor's question to a bot, optionally continuing a conversation. */
public record AskQuestionCommand(
        OrganizationId organizationId, BotId botId, String message, Optional<ConversationId> conversationId) {

    public static final int MAX_MESSAGE_LENGTH = 4_000;

    public AskQuestionCommand {
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(botId);
        message = Text.required(message, "message", MAX_MESSAGE_LENGTH);
        Objects.requireNonNull(conversationId);
    }
}
