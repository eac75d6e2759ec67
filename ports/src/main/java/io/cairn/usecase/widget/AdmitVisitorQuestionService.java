package io.cairn.usecase.widget;

import io.cairn.ports.in.chat.AskQuestionCommand;
import io.cairn.ports.in.widget.AdmitVisitorQuestionUseCase;
import io.cairn.ports.in.widget.VisitorIdentity;
import io.cairn.ports.in.widget.VisitorQuestion;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.ConversationRepository;
import io.cairn.ports.out.security.VisitorSignaturePort;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.ratelimit.ChatThrottle;
import java.util.Optional;

/**
 * Admits a widget visitor's question, cheapest and most telling check first: the key (404), the origin (403), the
 * signed identity (401), the rate limits (429), then the conversation (404). The question it hands back names only
 * the bot's organization and bot, so it is answered with no member's privileges.
 */
public final class AdmitVisitorQuestionService implements AdmitVisitorQuestionUseCase {

    private final VisitorAccess access;
    private final ChatThrottle throttle;

    public AdmitVisitorQuestionService(
            BotRepository bots,
            ConversationRepository conversations,
            VisitorSignaturePort signatures,
            ChatThrottle throttle,
            ClockPort clock) {
        this.access = new VisitorAccess(bots, conversations, signatures, throttle, clock);
        this.throttle = throttle;
    }

    @Override
    public AskQuestionCommand admit(VisitorQuestion question) {
        VisitorAccess.Admitted visitor =
                access.identify(question.visit(), new VisitorIdentity(question.userId(), question.userHash()));
        var bot = visitor.bot();
        throttle.admitMessage(bot.organizationId(), bot.id(), visitor.key(question.visit()));
        var conversation = access.openOrStart(visitor, question.conversationId());
        return new AskQuestionCommand(bot.organizationId(), bot.id(), question.message(), Optional.of(conversation));
    }
}
