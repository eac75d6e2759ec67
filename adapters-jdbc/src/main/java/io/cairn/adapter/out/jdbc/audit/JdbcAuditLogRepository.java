package io.cairn.adapter.out.jdbc.audit;

import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.audit.AuditEntry;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.out.persistence.AuditLogRepository;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Driven adapter: appends audit entries to the relational database and reads an organization's latest. */
@Singleton
@TenantScoped
public class JdbcAuditLogRepository implements AuditLogRepository {

    private final AuditRows rows;

    JdbcAuditLogRepository(AuditRows rows) {
        this.rows = rows;
    }

    @Override
    public void append(AuditEntry e) {
        rows.save(new AuditRow(
                e.id(),
                e.organizationId().value(),
                e.actor().map(UserId::value).orElse(null),
                e.action(),
                e.resource(),
                e.status(),
                e.ip(),
                Keyset.stored(e.at())));
    }

    @Override
    public List<AuditEntry> latest(OrganizationId organization, int limit) {
        return rows.latest(organization.value(), limit).stream()
                .map(r -> new AuditEntry(
                        r.id(),
                        new OrganizationId(r.organizationId()),
                        Optional.ofNullable(r.actorUserId()).map(UserId::new),
                        r.action(),
                        r.resource(),
                        r.status(),
                        r.ip(),
                        r.at()))
                .toList();
    }
}
