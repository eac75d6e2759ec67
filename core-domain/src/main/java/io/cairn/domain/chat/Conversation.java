package io.cairn.domain.chat;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Objects;

/** One visitor's exchange with a bot. */
public record Conversation(ConversationId id, OrganizationId organizationId, BotId botId, Instant createdAt) {

    public Conversation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(botId);
        Objects.requireNonNull(createdAt);
    }
}
