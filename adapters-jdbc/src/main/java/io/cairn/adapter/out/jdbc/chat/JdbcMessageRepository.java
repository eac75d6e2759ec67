package io.cairn.adapter.out.jdbc.chat;

import io.cairn.adapter.out.jdbc.support.EnumColumns;
import io.cairn.adapter.out.jdbc.support.JsonColumns;
import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.adapter.out.jdbc.support.OwnedRows;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.Message;
import io.cairn.domain.chat.MessageId;
import io.cairn.domain.chat.MessageRole;
import io.cairn.domain.chat.TokenUsage;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.MessageRepository;
import jakarta.inject.Singleton;
import java.util.List;

/** Driven adapter: stores conversation messages in the relational database, citations as a JSON column. */
@Singleton
@TenantScoped
public class JdbcMessageRepository implements MessageRepository {

    private final MessageRows rows;
    private final JsonColumns json;

    JdbcMessageRepository(MessageRows rows, JsonColumns json) {
        this.rows = rows;
        this.json = json;
    }

    @Override
    public void save(Message message) {
        MessageRow r = toRow(message);
        OwnedRows.save(
                "message",
                r.id(),
                () -> rows.updateOwned(
                        r.id(),
                        r.organizationId(),
                        r.conversationId(),
                        r.role(),
                        r.content(),
                        r.citations(),
                        r.answered(),
                        r.answerMode(),
                        r.promptTokens(),
                        r.completionTokens(),
                        r.partial(),
                        r.createdAt()),
                () -> rows.existsById(r.id()),
                () -> rows.save(r));
    }

    @Override
    public List<Message> listByConversation(OrganizationId organization, ConversationId conversation) {
        return rows.listByConversation(organization.value(), conversation.value()).stream()
                .map(this::toDomain)
                .toList();
    }

    private MessageRow toRow(Message m) {
        return new MessageRow(
                m.id().value(),
                m.organizationId().value(),
                m.conversationId().value(),
                EnumColumns.store(m.role()),
                m.content(),
                json.write(m.citations().stream().map(CitationJson::from).toList()),
                m.answered(),
                m.answerMode(),
                m.usage().promptTokens(),
                m.usage().completionTokens(),
                m.partial(),
                Keyset.stored(m.createdAt()));
    }

    private Message toDomain(MessageRow r) {
        return new Message(
                new MessageId(r.id()),
                new ConversationId(r.conversationId()),
                new OrganizationId(r.organizationId()),
                EnumColumns.load(MessageRole.class, r.role()),
                r.content(),
                json.readList(r.citations(), CitationJson.class).stream()
                        .map(CitationJson::toDomain)
                        .toList(),
                r.answered(),
                r.answerMode(),
                new TokenUsage(r.promptTokens(), r.completionTokens()),
                r.partial(),
                r.createdAt());
    }
}
