package io.cairn.ports.out.persistence;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.chat.Conversation;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.tenant.OrganizationId;
import java.util.Optional;

/** Driven port: stores conversations; every call names the tenant. */
public interface ConversationRepository {

    void save(Conversation conversation);

    Optional<Conversation> findById(OrganizationId organization, ConversationId id);

    Page<Conversation> listByBot(OrganizationId organization, BotId bot, PageRequest page);
}
