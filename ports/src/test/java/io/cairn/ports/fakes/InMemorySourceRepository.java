package io.cairn.ports.fakes;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.SourceRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory sources for service tests. */
public class InMemorySourceRepository implements SourceRepository {

    private final Map<SourceId, Source> rows = new ConcurrentHashMap<>();

    @Override
    public void save(Source source) {
        Source existing = rows.get(source.id());
        if (existing != null && !existing.organizationId().equals(source.organizationId())) {
            throw new IllegalStateException("a source never changes tenant");
        }
        rows.put(source.id(), source);
    }

    @Override
    public Optional<Source> findById(OrganizationId organization, SourceId id) {
        return Optional.ofNullable(rows.get(id)).filter(s -> s.organizationId().equals(organization));
    }

    @Override
    public Page<Source> listByBot(OrganizationId organization, BotId bot, PageRequest page) {
        return InMemoryPaging.page(
                rows.values().stream()
                        .filter(s -> s.organizationId().equals(organization)
                                && s.botId().equals(bot))
                        .sorted(Comparator.comparing(Source::createdAt).thenComparing(s -> s.id().toString()))
                        .toList(),
                page);
    }

    @Override
    public boolean delete(OrganizationId organization, SourceId id) {
        return findById(organization, id).map(s -> rows.remove(id) != null).orElse(false);
    }

    @Override
    public List<Source> listDue(Instant now, int limit) {
        return rows.values().stream()
                .filter(s -> s.nextSyncAt().filter(at -> !at.isAfter(now)).isPresent())
                .sorted(Comparator.comparing(s -> s.nextSyncAt().orElseThrow()))
                .limit(limit)
                .toList();
    }
}
