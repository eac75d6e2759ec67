package io.cairn.ports.fakes;

import io.cairn.domain.source.SourceId;
import io.cairn.domain.source.SyncReport;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.SyncReportRepository;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** In-memory run reports for service tests. */
public class InMemorySyncReportRepository implements SyncReportRepository {

    private final List<SyncReport> rows = new CopyOnWriteArrayList<>();

    @Override
    public void save(SyncReport report) {
        rows.add(report);
    }

    @Override
    public List<SyncReport> latest(OrganizationId organization, SourceId source, int limit) {
        return rows.stream()
                .filter(r ->
                        r.organizationId().equals(organization) && r.sourceId().equals(source))
                .sorted(Comparator.comparing(SyncReport::startedAt).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public void deleteBySource(OrganizationId organization, SourceId source) {
        rows.removeIf(
                r -> r.organizationId().equals(organization) && r.sourceId().equals(source));
    }
}
