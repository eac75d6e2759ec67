package io.cairn.ports.fakes;

import io.cairn.domain.audit.AuditEntry;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.AuditLogRepository;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** In-memory audit log for service and controller tests. */
public class InMemoryAuditLogRepository implements AuditLogRepository {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> latest(OrganizationId organization, int limit) {
        return entries.stream()
                .filter(e -> e.organizationId().equals(organization))
                .sorted(Comparator.comparing(AuditEntry::at).reversed())
                .limit(limit)
                .toList();
    }
}
