package io.cairn.usecase.widget;

import io.cairn.domain.chat.Conversation;
import io.cairn.domain.chat.MessageRole;
import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.event.EventTypes;
import io.cairn.domain.event.OutboundEvent;
import io.cairn.domain.widget.Lead;
import io.cairn.ports.in.widget.CaptureLeadUseCase;
import io.cairn.ports.in.widget.VisitorLead;
import io.cairn.ports.out.events.OutboundEventPort;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.ConversationRepository;
import io.cairn.ports.out.persistence.LeadRepository;
import io.cairn.ports.out.persistence.MessageRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.security.VisitorSignaturePort;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.ratelimit.ChatThrottle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores a visitor's contact details for the bot's owner and, in the same transaction, the {@code lead.created} event
 * for the workspace's webhooks. A bot with its lead form on takes them at any time; one
 * with it off only from a visitor's own conversation in which the bot could not answer (the fallback's offer).
 */
public final class CaptureLeadService implements CaptureLeadUseCase {

    private final VisitorAccess access;
    private final MessageRepository messages;
    private final LeadRepository leads;
    private final OutboundEventPort events;
    private final TransactionPort tx;
    private final ClockPort clock;

    public CaptureLeadService(
            BotRepository bots,
            ConversationRepository conversations,
            MessageRepository messages,
            LeadRepository leads,
            VisitorSignaturePort signatures,
            ChatThrottle throttle,
            OutboundEventPort events,
            TransactionPort tx,
            ClockPort clock) {
        this.access = new VisitorAccess(bots, conversations, signatures, throttle, clock);
        this.messages = messages;
        this.leads = leads;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void capture(VisitorLead lead) {
        VisitorAccess.Admitted visitor = access.admit(lead.visit(), lead.identity());
        Optional<Conversation> conversation = lead.conversationId().map(id -> access.ownConversation(visitor, id));
        if (!visitor.bot().settings().leadForm().enabled()
                && !conversation.map(this::wentUnanswered).orElse(false)) {
            throw new ForbiddenException("This bot takes contact details only after a question it could not answer");
        }
        Lead saved = new Lead(
                UUID.randomUUID(),
                visitor.bot().organizationId(),
                visitor.bot().id(),
                conversation.map(Conversation::id),
                lead.name(),
                lead.email(),
                clock.now());
        tx.run(() -> {
            leads.save(saved);
            events.publish(created(saved, visitor));
        });
    }

    private static OutboundEvent created(Lead lead, VisitorAccess.Admitted visitor) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("leadId", lead.id().toString());
        data.put("botId", lead.botId().toString());
        lead.conversationId().ifPresent(c -> data.put("conversationId", c.toString()));
        data.put("name", lead.name());
        data.put("email", lead.email());
        data.put("createdAt", lead.at().toString());
        return new OutboundEvent(
                EventTypes.LEAD_CREATED,
                lead.organizationId(),
                Optional.of(visitor.bot().workspaceId()),
                data,
                lead.at());
    }

    private boolean wentUnanswered(Conversation conversation) {
        return messages.listByConversation(conversation.organizationId(), conversation.id()).stream()
                .anyMatch(m -> m.role() == MessageRole.ASSISTANT && !m.answered());
    }
}
