package io.cairn.adapter.out.jdbc.source;

import io.cairn.adapter.out.jdbc.support.EnumColumns;
import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.source.SyncReport;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.SyncReportRepository;
import jakarta.inject.Singleton;
import java.util.List;

/** Driven adapter: keeps the report of every ingestion run in the relational database. */
@Singleton
@TenantScoped
public class JdbcSyncReportRepository implements SyncReportRepository {

    private final SyncReportRows rows;

    JdbcSyncReportRepository(SyncReportRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(SyncReport r) {
        rows.save(new SyncReportRow(
                r.id(),
                r.organizationId().value(),
                r.sourceId().value(),
                Keyset.stored(r.startedAt()),
                Keyset.stored(r.finishedAt()),
                EnumColumns.store(r.status()),
                r.error(),
                r.added(),
                r.changed(),
                r.removed(),
                r.failed(),
                r.skipped(),
                r.unchanged()));
    }

    @Override
    public List<SyncReport> latest(OrganizationId organization, SourceId source, int limit) {
        return rows.latest(organization.value(), source.value(), limit).stream()
                .map(r -> new SyncReport(
                        r.id(),
                        new OrganizationId(r.organizationId()),
                        new SourceId(r.sourceId()),
                        r.startedAt(),
                        r.finishedAt(),
                        EnumColumns.load(IngestStatus.class, r.status()),
                        r.error(),
                        r.added(),
                        r.changed(),
                        r.removed(),
                        r.failed(),
                        r.skipped(),
                        r.unchanged()))
                .toList();
    }

    @Override
    public void deleteBySource(OrganizationId organization, SourceId source) {
        rows.deleteByOrganizationIdAndSourceId(organization.value(), source.value());
    }
}
