package io.cairn.domain.chat;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One visitor's exchange with a bot. {@code visitorUserId} is the user id a widget visitor proved with a signed
 * identity; only that same verified visitor may continue the conversation.
 */
public record Conversation(
        ConversationId id,
        OrganizationId organizationId,
        BotId botId,
        Optional<String> visitorUserId,
        Instant createdAt) {

    public Conversation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(botId);
        Objects.requireNonNull(visitorUserId);
        Objects.requireNonNull(createdAt);
    }

    /** A conversation without a verified visitor: a member's, or an anonymous widget visitor's. */
    public Conversation(ConversationId id, OrganizationId organizationId, BotId botId, Instant createdAt) {
        this(id, organizationId, botId, Optional.empty(), createdAt);
    }
}
