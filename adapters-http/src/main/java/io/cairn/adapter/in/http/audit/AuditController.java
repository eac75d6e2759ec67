package io.cairn.adapter.in.http.audit;

import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.audit.AuditLogUseCase;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;

/** Driving adapter: owners and admins read their organization's audit log, newest first. */
@Controller("/api/v1/audit")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {

    private final AuditLogUseCase audit;

    public AuditController(AuditLogUseCase audit) {
        this.audit = audit;
    }

    @Get
    public List<AuditEntryResponse> latest(Actor actor, @QueryValue(defaultValue = "100") int limit) {
        return audit.latest(actor, limit).stream().map(AuditEntryResponse::from).toList();
    }
}
