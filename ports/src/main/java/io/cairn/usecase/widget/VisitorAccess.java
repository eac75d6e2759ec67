package io.cairn.usecase.widget;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.chat.Conversation;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.error.NotFoundException;
import io.cairn.ports.in.widget.VisitorIdentity;
import io.cairn.ports.in.widget.WidgetVisit;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.ConversationRepository;
import io.cairn.ports.out.security.VisitorSignaturePort;
import io.cairn.usecase.ratelimit.ChatThrottle;
import io.cairn.usecase.ratelimit.VisitorKeys;
import java.util.Optional;

/**
 * Admits a widget visitor's request other than a question, in the same order of checks: the key (404), the origin
 * (403), the signed identity (401), the visitor's rate limit (429). Then finds the visitor's own conversation: one
 * of another bot, or of another verified visitor, is not found.
 */
final class VisitorAccess {

    /** An admitted visitor of a bot: the bot and the user id they proved, if any. */
    record Admitted(Bot bot, Optional<String> user) {}

    private final WidgetBots bots;
    private final VisitorIdentities identities;
    private final ConversationRepository conversations;
    private final ChatThrottle throttle;

    VisitorAccess(
            BotRepository bots,
            ConversationRepository conversations,
            VisitorSignaturePort signatures,
            ChatThrottle throttle) {
        this.bots = new WidgetBots(bots);
        this.identities = new VisitorIdentities(signatures);
        this.conversations = conversations;
        this.throttle = throttle;
    }

    Admitted admit(WidgetVisit visit, VisitorIdentity identity) {
        Bot bot = bots.require(visit.publicKey());
        bots.requireOrigin(bot, visit.origin());
        Optional<String> user = identities.verify(bot, identity);
        throttle.admitVisit(bot.organizationId(), bot.id(), VisitorKeys.of(user, visit.clientAddress()));
        return new Admitted(bot, user);
    }

    Conversation ownConversation(Admitted visitor, ConversationId id) {
        return conversations
                .findById(visitor.bot().organizationId(), id)
                .filter(c -> c.botId().equals(visitor.bot().id()))
                .filter(c -> c.visitorUserId().equals(visitor.user()))
                .orElseThrow(() -> new NotFoundException("conversation", id));
    }
}
