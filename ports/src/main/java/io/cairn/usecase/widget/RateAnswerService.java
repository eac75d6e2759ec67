package io.cairn.usecase.widget;

import io.cairn.domain.chat.Conversation;
import io.cairn.domain.chat.MessageRole;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.event.EventTypes;
import io.cairn.domain.event.OutboundEvent;
import io.cairn.domain.widget.AnswerFeedback;
import io.cairn.ports.in.widget.RateAnswerUseCase;
import io.cairn.ports.in.widget.VisitorFeedback;
import io.cairn.ports.out.events.OutboundEventPort;
import io.cairn.ports.out.persistence.AnswerFeedbackRepository;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.ConversationRepository;
import io.cairn.ports.out.persistence.MessageRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.security.VisitorSignaturePort;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.ratelimit.ChatThrottle;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a visitor's rating of an answer of their own conversation, with the {@code message.feedback} event for the
 * workspace's webhooks in the same transaction; any other message is not found.
 */
public final class RateAnswerService implements RateAnswerUseCase {

    private final VisitorAccess access;
    private final MessageRepository messages;
    private final AnswerFeedbackRepository feedback;
    private final OutboundEventPort events;
    private final TransactionPort tx;
    private final ClockPort clock;

    public RateAnswerService(
            BotRepository bots,
            ConversationRepository conversations,
            MessageRepository messages,
            AnswerFeedbackRepository feedback,
            VisitorSignaturePort signatures,
            ChatThrottle throttle,
            OutboundEventPort events,
            TransactionPort tx,
            ClockPort clock) {
        this.access = new VisitorAccess(bots, conversations, signatures, throttle, clock);
        this.messages = messages;
        this.feedback = feedback;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void rate(VisitorFeedback rating) {
        VisitorAccess.Admitted visitor = access.admit(rating.visit(), rating.identity());
        Conversation conversation = access.ownConversation(visitor, rating.conversationId());
        boolean answerOfIt = messages.listByConversation(conversation.organizationId(), conversation.id()).stream()
                .anyMatch(m -> m.id().equals(rating.messageId()) && m.role() == MessageRole.ASSISTANT);
        if (!answerOfIt) {
            throw new NotFoundException("message", rating.messageId());
        }
        AnswerFeedback given = new AnswerFeedback(
                rating.messageId(),
                conversation.organizationId(),
                conversation.botId(),
                conversation.id(),
                rating.rating(),
                clock.now());
        OutboundEvent event = new OutboundEvent(
                EventTypes.MESSAGE_FEEDBACK,
                given.organizationId(),
                Optional.of(visitor.bot().workspaceId()),
                Map.of(
                        "messageId", given.messageId().toString(),
                        "conversationId", given.conversationId().toString(),
                        "botId", given.botId().toString(),
                        "rating", given.rating().wireName()),
                given.at());
        tx.run(() -> {
            feedback.save(given);
            events.publish(event);
        });
    }
}
