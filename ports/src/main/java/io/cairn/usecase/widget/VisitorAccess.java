package io.cairn.usecase.widget;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.chat.Conversation;
import io.cairn.domain.chat.ConversationId;
import io.cairn.ports.in.widget.VisitorIdentity;
import io.cairn.ports.in.widget.WidgetVisit;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.ConversationRepository;
import io.cairn.ports.out.security.VisitorSignaturePort;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.ratelimit.ChatThrottle;
import io.cairn.usecase.ratelimit.VisitorKeys;
import java.util.Optional;

/**
 * Admits a widget visitor's request, in the same order of checks for every widget use case: the key (404), the origin
 * (403), the signed identity (401), then the visitor's rate limit (429). Then finds or starts the visitor's own
 * conversation: one of another bot, or of another verified visitor, is not found.
 */
final class VisitorAccess {

    /** An admitted visitor of a bot: the bot and the user id they proved, if any. */
    record Admitted(Bot bot, Optional<String> user) {

        String key(WidgetVisit visit) {
            return VisitorKeys.of(user, visit.clientAddress());
        }
    }

    private final WidgetBots bots;
    private final VisitorIdentities identities;
    private final VisitorConversations conversations;
    private final ChatThrottle throttle;

    VisitorAccess(
            BotRepository bots,
            ConversationRepository conversations,
            VisitorSignaturePort signatures,
            ChatThrottle throttle,
            ClockPort clock) {
        this.bots = new WidgetBots(bots);
        this.identities = new VisitorIdentities(signatures);
        this.conversations = new VisitorConversations(conversations, clock);
        this.throttle = throttle;
    }

    /** The key, the origin and the signed identity, before any rate limit is spent. */
    Admitted identify(WidgetVisit visit, VisitorIdentity identity) {
        Bot bot = bots.require(visit.publicKey());
        bots.requireOrigin(bot, visit.origin());
        return new Admitted(bot, identities.verify(bot, identity));
    }

    /** A request other than a question: identified, then held to the visitor's rate limit. */
    Admitted admit(WidgetVisit visit, VisitorIdentity identity) {
        Admitted visitor = identify(visit, identity);
        throttle.admitVisit(visitor.bot().organizationId(), visitor.bot().id(), visitor.key(visit));
        return visitor;
    }

    Conversation ownConversation(Admitted visitor, ConversationId id) {
        return conversations.own(visitor.bot(), id, visitor.user());
    }

    ConversationId openOrStart(Admitted visitor, Optional<ConversationId> id) {
        return conversations.openOrStart(visitor.bot(), id, visitor.user());
    }
}
