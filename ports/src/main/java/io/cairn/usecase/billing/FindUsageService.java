package io.cairn.usecase.billing;

import io.cairn.domain.billing.BillingAccount;
import io.cairn.domain.billing.BillingPeriod;
import io.cairn.domain.billing.Plan;
import io.cairn.domain.billing.PlanPolicy;
import io.cairn.domain.billing.Plans;
import io.cairn.domain.billing.UsageMetric;
import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.billing.FindUsageUseCase;
import io.cairn.ports.in.billing.MetricUsage;
import io.cairn.ports.in.billing.UsageReport;
import io.cairn.ports.out.persistence.BillingAccountRepository;
import io.cairn.ports.out.persistence.UsageRepository;
import io.cairn.ports.out.time.ClockPort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reports an organization's usage in its current billing period against its plan's limits. */
public final class FindUsageService implements FindUsageUseCase {

    private final BillingAccounts accounts;
    private final UsageRepository usage;
    private final Plans plans;
    private final ClockPort clock;

    public FindUsageService(BillingAccountRepository accounts, UsageRepository usage, Plans plans, ClockPort clock) {
        this.accounts = new BillingAccounts(accounts);
        this.usage = usage;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public UsageReport usage(Actor actor) {
        if (!actor.role().canManageMembers()) {
            throw new ForbiddenException("Only owners and admins can read the usage");
        }
        return usageOf(actor.organizationId());
    }

    @Override
    public UsageReport usageOf(OrganizationId organization) {
        BillingAccount account = accounts.require(organization);
        Plan plan = plans.plan(account.plan());
        BillingPeriod period = account.periodAt(clock.now());
        Instant start = period.start();
        long addOns = usage.addOnCredits(organization, start);
        List<MetricUsage> metrics = new ArrayList<>();
        for (UsageMetric metric : UsageMetric.values()) {
            long used =
                    metric.monthly() ? usage.counted(organization, start, metric) : usage.holding(organization, metric);
            metrics.add(new MetricUsage(metric, PlanPolicy.effectiveLimit(plan, metric, addOns), used));
        }
        return new UsageReport(
                organization,
                plan.name(),
                period,
                metrics,
                addOns,
                usage.countedByBot(organization, start, UsageMetric.MESSAGES));
    }
}
