package io.cairn.ports.fakes;

import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.Message;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.MessageRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** In-memory messages for service tests: oldest first, and in saved order when two share an instant. */
public class InMemoryMessageRepository implements MessageRepository {

    private final List<Message> rows = new ArrayList<>();

    @Override
    public synchronized void save(Message message) {
        for (int i = 0; i < rows.size(); i++) {
            Message existing = rows.get(i);
            if (existing.id().equals(message.id())) {
                if (!existing.organizationId().equals(message.organizationId())) {
                    throw new IllegalStateException("a message never changes tenant");
                }
                rows.set(i, message);
                return;
            }
        }
        rows.add(message);
    }

    @Override
    public synchronized List<Message> listByConversation(OrganizationId organization, ConversationId conversation) {
        return rows.stream()
                .filter(m -> m.organizationId().equals(organization)
                        && m.conversationId().equals(conversation))
                .sorted(Comparator.comparing(Message::createdAt))
                .toList();
    }
}
