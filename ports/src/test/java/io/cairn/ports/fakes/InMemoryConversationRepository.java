package io.cairn.ports.fakes;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.chat.Conversation;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.ConversationRepository;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory conversations for service tests. */
public class InMemoryConversationRepository implements ConversationRepository {

    private final Map<ConversationId, Conversation> rows = new ConcurrentHashMap<>();

    @Override
    public void save(Conversation conversation) {
        Conversation existing = rows.get(conversation.id());
        if (existing != null && !existing.organizationId().equals(conversation.organizationId())) {
            throw new IllegalStateException("a conversation never changes tenant");
        }
        rows.put(conversation.id(), conversation);
    }

    @Override
    public Optional<Conversation> findById(OrganizationId organization, ConversationId id) {
        return Optional.ofNullable(rows.get(id)).filter(c -> c.organizationId().equals(organization));
    }

    @Override
    public Page<Conversation> listByBot(OrganizationId organization, BotId bot, PageRequest page) {
        return InMemoryPaging.page(
                rows.values().stream()
                        .filter(c -> c.organizationId().equals(organization)
                                && c.botId().equals(bot))
                        .sorted(Comparator.comparing(Conversation::createdAt)
                                .thenComparing(c -> c.id().toString())
                                .reversed())
                        .toList(),
                page);
    }
}
