package io.cairn.ports.out.persistence;

import io.cairn.domain.audit.AuditEntry;
import io.cairn.domain.tenant.OrganizationId;
import java.util.List;

/** Driven port: an append-only audit log per organization. */
public interface AuditLogRepository {

    void append(AuditEntry entry);

    /** The organization's latest entries, newest first. */
    List<AuditEntry> latest(OrganizationId organization, int limit);
}
