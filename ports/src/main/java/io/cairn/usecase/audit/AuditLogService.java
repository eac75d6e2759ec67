package io.cairn.usecase.audit;

import io.cairn.domain.audit.AuditEntry;
import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.audit.AuditLogUseCase;
import io.cairn.ports.out.persistence.AuditLogRepository;
import io.cairn.ports.out.time.ClockPort;
import java.util.List;
import java.util.UUID;

/** Appends audit entries in the actor's organization and reads them back for those who manage it. */
public final class AuditLogService implements AuditLogUseCase {

    private static final int MAX_LIMIT = 500;

    private final AuditLogRepository log;
    private final ClockPort clock;

    public AuditLogService(AuditLogRepository log, ClockPort clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void record(Actor actor, String action, String resource, int status, String ip) {
        log.append(new AuditEntry(
                UUID.randomUUID(), actor.organizationId(), actor.userId(), action, resource, status, ip, clock.now()));
    }

    @Override
    public List<AuditEntry> latest(Actor actor, int limit) {
        if (!actor.role().canManageMembers()) {
            throw new ForbiddenException("Only owners and admins can read the audit log");
        }
        return log.latest(actor.organizationId(), Math.max(1, Math.min(limit, MAX_LIMIT)));
    }
}
