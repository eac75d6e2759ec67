package io.cairn.ports.fakes;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.widget.Lead;
import io.cairn.ports.out.persistence.LeadRepository;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** In-memory leads for service tests. */
public class InMemoryLeadRepository implements LeadRepository {

    private final List<Lead> rows = new CopyOnWriteArrayList<>();

    @Override
    public void save(Lead lead) {
        rows.add(lead);
    }

    @Override
    public List<Lead> latestByBot(OrganizationId organization, BotId bot, int limit) {
        return rows.stream()
                .filter(l ->
                        l.organizationId().equals(organization) && l.botId().equals(bot))
                .sorted(Comparator.comparing(Lead::at).reversed())
                .limit(limit)
                .toList();
    }
}
