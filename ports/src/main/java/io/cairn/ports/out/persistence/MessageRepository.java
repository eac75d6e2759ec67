package io.cairn.ports.out.persistence;

import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.Message;
import io.cairn.domain.tenant.OrganizationId;
import java.util.List;

/** Driven port: stores the messages of conversations; every call names the tenant. */
public interface MessageRepository {

    void save(Message message);

    /** All messages of a conversation, oldest first. */
    List<Message> listByConversation(OrganizationId organization, ConversationId conversation);
}
