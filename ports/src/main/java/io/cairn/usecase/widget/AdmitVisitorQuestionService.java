package io.cairn.usecase.widget;

import io.cairn.domain.bot.Bot;
import io.cairn.ports.in.chat.AskQuestionCommand;
import io.cairn.ports.in.widget.AdmitVisitorQuestionUseCase;
import io.cairn.ports.in.widget.VisitorQuestion;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.ConversationRepository;
import io.cairn.ports.out.security.VisitorSignaturePort;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.ratelimit.ChatThrottle;
import io.cairn.usecase.ratelimit.VisitorKeys;
import java.util.Optional;

/**
 * Admits a widget visitor's question, cheapest and most telling check first: the key (404), the origin (403), the
 * signed identity (401), the rate limits (429), then the conversation (404). The question it hands back names only
 * the bot's organization and bot, so it is answered with no member's privileges.
 */
public final class AdmitVisitorQuestionService implements AdmitVisitorQuestionUseCase {

    private final WidgetBots bots;
    private final VisitorIdentities identities;
    private final ChatThrottle throttle;
    private final VisitorConversations conversations;

    public AdmitVisitorQuestionService(
            BotRepository bots,
            ConversationRepository conversations,
            VisitorSignaturePort signatures,
            ChatThrottle throttle,
            ClockPort clock) {
        this.bots = new WidgetBots(bots);
        this.identities = new VisitorIdentities(signatures);
        this.throttle = throttle;
        this.conversations = new VisitorConversations(conversations, clock);
    }

    @Override
    public AskQuestionCommand admit(VisitorQuestion question) {
        Bot bot = bots.require(question.visit().publicKey());
        bots.requireOrigin(bot, question.visit().origin());
        Optional<String> user = identities.verify(bot, question);
        throttle.admitMessage(
                bot.organizationId(),
                bot.id(),
                VisitorKeys.of(user, question.visit().clientAddress()));
        var conversation = conversations.openOrStart(bot, question.conversationId(), user);
        return new AskQuestionCommand(bot.organizationId(), bot.id(), question.message(), Optional.of(conversation));
    }
}
