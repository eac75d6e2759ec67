package io.cairn.adapter.out.jdbc.source;

import io.cairn.adapter.out.jdbc.support.EnumColumns;
import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.adapter.out.jdbc.support.KeysetCursor;
import io.cairn.adapter.out.jdbc.support.OwnedRows;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.source.CrawlSettings;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.source.SourceType;
import io.cairn.domain.source.SyncSchedule;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.SourceRepository;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Driven adapter: stores sources with their status and counts in the relational database. */
@Singleton
@TenantScoped
public class JdbcSourceRepository implements SourceRepository {

    private final SourceRows rows;

    JdbcSourceRepository(SourceRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(Source source) {
        SourceRow r = toRow(source);
        OwnedRows.save(
                "source",
                r.id(),
                () -> rows.updateOwned(
                        r.id(),
                        r.organizationId(),
                        r.botId(),
                        r.type(),
                        r.title(),
                        r.location(),
                        r.status(),
                        r.error(),
                        r.documentCount(),
                        r.chunkCount(),
                        r.lastSyncedAt(),
                        r.crawlMaxDepth(),
                        r.crawlMaxPages(),
                        r.crawlInclude(),
                        r.crawlExclude(),
                        r.schedule(),
                        r.nextSyncAt()),
                () -> rows.existsById(r.id()),
                () -> rows.save(r));
    }

    @Override
    public Optional<Source> findById(OrganizationId organization, SourceId id) {
        return rows.findByIdAndOrganizationId(id.value(), organization.value()).map(JdbcSourceRepository::toDomain);
    }

    @Override
    public Page<Source> listByBot(OrganizationId organization, BotId bot, PageRequest page) {
        int size = Keyset.fetchSize(page);
        List<SourceRow> fetched = KeysetCursor.decode(page.cursor())
                .map(after -> rows.pageAfter(organization.value(), bot.value(), after.createdAt(), after.id(), size))
                .orElseGet(() -> rows.firstPage(organization.value(), bot.value(), size));
        return Keyset.page(fetched, page, r -> new KeysetCursor(r.createdAt(), r.id()), JdbcSourceRepository::toDomain);
    }

    @Override
    public boolean delete(OrganizationId organization, SourceId id) {
        return rows.deleteByIdAndOrganizationId(id.value(), organization.value()) > 0;
    }

    /** Runs across tenants: the scheduler's one read of every tenant's due sources. */
    @Override
    public List<Source> listDue(Instant now, int limit) {
        return rows.due(Keyset.stored(now), limit).stream()
                .map(JdbcSourceRepository::toDomain)
                .toList();
    }

    private static SourceRow toRow(Source s) {
        return new SourceRow(
                s.id().value(),
                s.organizationId().value(),
                s.botId().value(),
                EnumColumns.store(s.type()),
                s.title(),
                s.location(),
                EnumColumns.store(s.status()),
                s.error(),
                s.documentCount(),
                s.chunkCount(),
                Keyset.stored(s.createdAt()),
                s.lastSyncedAt().map(Keyset::stored).orElse(null),
                s.crawl().maxDepth(),
                s.crawl().maxPages(),
                String.join("\n", s.crawl().include()),
                String.join("\n", s.crawl().exclude()),
                EnumColumns.store(s.schedule()),
                s.nextSyncAt().map(Keyset::stored).orElse(null));
    }

    private static Source toDomain(SourceRow r) {
        return new Source(
                new SourceId(r.id()),
                new OrganizationId(r.organizationId()),
                new BotId(r.botId()),
                EnumColumns.load(SourceType.class, r.type()),
                r.title(),
                r.location(),
                EnumColumns.load(IngestStatus.class, r.status()),
                r.error(),
                r.documentCount(),
                r.chunkCount(),
                r.createdAt(),
                Optional.ofNullable(r.lastSyncedAt()),
                new CrawlSettings(
                        r.crawlMaxDepth(), r.crawlMaxPages(), lines(r.crawlInclude()), lines(r.crawlExclude())),
                EnumColumns.load(SyncSchedule.class, r.schedule()),
                Optional.ofNullable(r.nextSyncAt()));
    }

    private static List<String> lines(String stored) {
        return stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }
}
