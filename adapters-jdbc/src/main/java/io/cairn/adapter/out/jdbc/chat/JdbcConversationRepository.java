package io.cairn.adapter.out.jdbc.chat;

import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.adapter.out.jdbc.support.KeysetCursor;
import io.cairn.adapter.out.jdbc.support.OwnedRows;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.chat.Conversation;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.ConversationRepository;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Driven adapter: stores conversations in the relational database and lists a bot's newest first. */
@Singleton
@TenantScoped
public class JdbcConversationRepository implements ConversationRepository {

    private final ConversationRows rows;

    JdbcConversationRepository(ConversationRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(Conversation c) {
        ConversationRow row = new ConversationRow(
                c.id().value(),
                c.organizationId().value(),
                c.botId().value(),
                c.visitorUserId().orElse(null),
                Keyset.stored(c.createdAt()));
        OwnedRows.save(
                "conversation",
                row.id(),
                () -> rows.updateOwned(row.id(), row.organizationId(), row.botId(), row.createdAt()),
                () -> rows.existsById(row.id()),
                () -> rows.save(row));
    }

    @Override
    public Optional<Conversation> findById(OrganizationId organization, ConversationId id) {
        return rows.findByIdAndOrganizationId(id.value(), organization.value())
                .map(JdbcConversationRepository::toDomain);
    }

    @Override
    public Page<Conversation> listByBot(OrganizationId organization, BotId bot, PageRequest page) {
        UUID org = organization.value();
        int size = Keyset.fetchSize(page);
        List<ConversationRow> fetched = KeysetCursor.decode(page.cursor())
                .map(before -> rows.pageBefore(org, bot.value(), before.createdAt(), before.id(), size))
                .orElseGet(() -> rows.firstPage(org, bot.value(), size));
        return Keyset.page(
                fetched, page, r -> new KeysetCursor(r.createdAt(), r.id()), JdbcConversationRepository::toDomain);
    }

    private static Conversation toDomain(ConversationRow r) {
        return new Conversation(
                new ConversationId(r.id()),
                new OrganizationId(r.organizationId()),
                new BotId(r.botId()),
                Optional.ofNullable(r.visitorUserId()),
                r.createdAt());
    }
}
