package io.cairn.ports.in.audit;

import io.cairn.domain.audit.AuditEntry;
import io.cairn.domain.tenant.Actor;
import java.util.List;

/** Use case: record what members and keys changed, and let owners and admins read it back. */
public interface AuditLogUseCase {

    void record(Actor actor, String action, String resource, int status, String ip);

    /** The latest entries of the actor's organization, newest first; owners and admins only. */
    List<AuditEntry> latest(Actor actor, int limit);
}
