package io.cairn.domain.widget;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.MessageId;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Objects;

/** A visitor's rating of one assistant message; a later rating of the same message replaces the earlier one. */
public record AnswerFeedback(
        MessageId messageId,
        OrganizationId organizationId,
        BotId botId,
        ConversationId conversationId,
        Rating rating,
        Instant at) {

    public AnswerFeedback {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(at, "at");
    }
}
