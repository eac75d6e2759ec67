package io.cairn.adapter.out.jdbc.widget;

import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.widget.Lead;
import io.cairn.ports.out.persistence.LeadRepository;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Driven adapter: stores the contact details widget visitors leave in the relational database. */
@Singleton
@TenantScoped
public class JdbcLeadRepository implements LeadRepository {

    private final LeadRows rows;

    JdbcLeadRepository(LeadRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(Lead l) {
        rows.save(new LeadRow(
                l.id(),
                l.organizationId().value(),
                l.botId().value(),
                l.conversationId().map(ConversationId::value).orElse(null),
                l.name(),
                l.email(),
                Keyset.stored(l.at())));
    }

    @Override
    public List<Lead> latestByBot(OrganizationId organization, BotId bot, int limit) {
        return rows.latest(organization.value(), bot.value(), limit).stream()
                .map(r -> new Lead(
                        r.id(),
                        new OrganizationId(r.organizationId()),
                        new BotId(r.botId()),
                        Optional.ofNullable(r.conversationId()).map(ConversationId::new),
                        r.name(),
                        r.email(),
                        r.createdAt()))
                .toList();
    }
}
