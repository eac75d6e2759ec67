package io.cairn.ports.fakes;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.BotRepository;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory bots for service tests. */
public class InMemoryBotRepository implements BotRepository {

    private final Map<BotId, Bot> rows = new ConcurrentHashMap<>();

    @Override
    public void save(Bot bot) {
        Bot existing = rows.get(bot.id());
        if (existing != null && !existing.organizationId().equals(bot.organizationId())) {
            throw new IllegalStateException("a bot never changes tenant");
        }
        rows.put(bot.id(), bot);
    }

    @Override
    public Optional<Bot> findById(OrganizationId organization, BotId id) {
        return Optional.ofNullable(rows.get(id)).filter(b -> b.organizationId().equals(organization));
    }

    @Override
    public Optional<Bot> findByPublicKey(String publicKey) {
        return rows.values().stream()
                .filter(b -> b.publicKey().equals(publicKey))
                .findFirst();
    }

    @Override
    public Page<Bot> list(OrganizationId organization, PageRequest page) {
        return InMemoryPaging.page(
                rows.values().stream()
                        .filter(b -> b.organizationId().equals(organization))
                        .sorted(Comparator.comparing(Bot::createdAt).thenComparing(b -> b.id().toString()))
                        .toList(),
                page);
    }

    @Override
    public boolean delete(OrganizationId organization, BotId id) {
        return findById(organization, id).map(b -> rows.remove(id) != null).orElse(false);
    }
}
