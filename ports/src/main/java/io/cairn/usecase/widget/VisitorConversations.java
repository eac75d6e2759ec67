package io.cairn.usecase.widget;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.chat.Conversation;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.error.NotFoundException;
import io.cairn.ports.out.persistence.ConversationRepository;
import io.cairn.ports.out.time.ClockPort;
import java.util.Optional;

/**
 * Continues a widget conversation the server issued for this bot, or starts one tagged with the verified user id.
 * A conversation of another bot, or of another verified visitor, is not found.
 */
final class VisitorConversations {

    private final ConversationRepository conversations;
    private final ClockPort clock;

    VisitorConversations(ConversationRepository conversations, ClockPort clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    ConversationId openOrStart(Bot bot, Optional<ConversationId> id, Optional<String> visitorUserId) {
        if (id.isPresent()) {
            return own(bot, id.get(), visitorUserId).id();
        }
        Conversation started =
                new Conversation(ConversationId.random(), bot.organizationId(), bot.id(), visitorUserId, clock.now());
        conversations.save(started);
        return started.id();
    }

    /** The visitor's own conversation with this bot; any other is not found. */
    Conversation own(Bot bot, ConversationId id, Optional<String> visitorUserId) {
        return conversations
                .findById(bot.organizationId(), id)
                .filter(c -> c.botId().equals(bot.id()))
                .filter(c -> c.visitorUserId().equals(visitorUserId))
                .orElseThrow(() -> new NotFoundException("conversation", id));
    }
}
