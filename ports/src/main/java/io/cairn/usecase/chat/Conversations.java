package io.cairn.usecase.chat;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.chat.Conversation;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.error.NotFoundException;
import io.cairn.ports.out.persistence.ConversationRepository;
import io.cairn.ports.out.time.ClockPort;
import java.util.Optional;

/** Continues a conversation of the same bot and tenant, or starts a new one. */
final class Conversations {

    private final ConversationRepository conversations;
    private final ClockPort clock;

    Conversations(ConversationRepository conversations, ClockPort clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    Conversation openOrStart(Bot bot, Optional<ConversationId> id) {
        if (id.isPresent()) {
            return conversations
                    .findById(bot.organizationId(), id.get())
                    .filter(c -> c.botId().equals(bot.id()))
                    .orElseThrow(() -> new NotFoundException("conversation", id.get()));
        }
        Conversation started = new Conversation(ConversationId.random(), bot.organizationId(), bot.id(), clock.now());
        conversations.save(started);
        return started;
    }
}
