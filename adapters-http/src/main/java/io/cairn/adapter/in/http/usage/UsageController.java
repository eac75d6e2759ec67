package io.cairn.adapter.in.http.usage;

import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.billing.FindUsageUseCase;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Driving adapter: owners and admins read their organization's usage in the current billing period. */
@Controller("/api/v1/usage")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class UsageController {

    private final FindUsageUseCase usage;

    public UsageController(FindUsageUseCase usage) {
        this.usage = usage;
    }

    @Get
    public UsageResponse current(Actor actor) {
        return UsageResponse.from(usage.usage(actor));
    }
}
