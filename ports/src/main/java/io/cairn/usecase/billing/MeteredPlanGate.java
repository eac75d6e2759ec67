package io.cairn.usecase.billing;

import io.cairn.domain.billing.BillingAccount;
import io.cairn.domain.billing.BillingPeriod;
import io.cairn.domain.billing.LimitCheck;
import io.cairn.domain.billing.Plan;
import io.cairn.domain.billing.PlanPolicy;
import io.cairn.domain.billing.UsageMetric;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.event.EventTypes;
import io.cairn.domain.event.OutboundEvent;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.events.OutboundEventPort;
import io.cairn.ports.out.persistence.BillingAccountRepository;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.UsageRepository;
import io.cairn.ports.out.time.ClockPort;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The plan gate over the organization's billing account and usage: stock metrics are checked under a lock on the
 * organization, message credits are spent by one conditional update, and crossing 80 % or 100 % of a limit publishes
 * {@code usage.threshold_reached} once per metric, period and threshold.
 */
public final class MeteredPlanGate implements PlanGate {

    private final BillingAccounts accounts;
    private final BillingAccountRepository locks;
    private final UsageRepository usage;
    private final BotRepository bots;
    private final PlanPolicy policy;
    private final boolean generative;
    private final OutboundEventPort events;
    private final ClockPort clock;

    /**
     * @param generative whether a language model answers; without one every answer is extractive and costs the
     *     {@code standard} tier, whatever model the bot names
     */
    public MeteredPlanGate(
            BillingAccountRepository accounts,
            UsageRepository usage,
            BotRepository bots,
            PlanPolicy policy,
            boolean generative,
            OutboundEventPort events,
            ClockPort clock) {
        this.accounts = new BillingAccounts(accounts);
        this.locks = accounts;
        this.usage = usage;
        this.bots = bots;
        this.policy = policy;
        this.generative = generative;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void admit(OrganizationId organization, UsageMetric metric, long amount) {
        BillingAccount account = accounts.require(organization);
        LimitCheck check = require(account, metric, amount);
        report(account, metric, check.limit(), check.used(), check.used() + amount);
    }

    @Override
    public void check(OrganizationId organization, UsageMetric metric, long amount) {
        require(accounts.require(organization), metric, amount);
    }

    private LimitCheck require(BillingAccount account, UsageMetric metric, long amount) {
        Plan plan = policy.plans().plan(account.plan());
        if (plan.limits().unlimited(metric)) {
            // Nothing to count or to serialise: ingesting thousands of pages on an unlimited plan costs no queries.
            return PlanPolicy.check(plan, metric, 0, amount, 0);
        }
        locks.lock(account.organizationId());
        LimitCheck check = PlanPolicy.check(plan, metric, usage.holding(account.organizationId(), metric), amount, 0);
        policy.require(plan, check);
        return check;
    }

    @Override
    public void checkMessage(OrganizationId organization, BotId bot) {
        BillingAccount account = accounts.require(organization);
        Plan plan = policy.plans().plan(account.plan());
        Instant start = account.periodAt(clock.now()).start();
        long used = usage.counted(organization, start, UsageMetric.MESSAGES);
        long addOns = usage.addOnCredits(organization, start);
        policy.require(plan, PlanPolicy.check(plan, UsageMetric.MESSAGES, used, cost(plan, organization, bot), addOns));
    }

    @Override
    public void meterMessage(OrganizationId organization, BotId bot) {
        BillingAccount account = accounts.require(organization);
        Plan plan = policy.plans().plan(account.plan());
        Instant start = account.periodAt(clock.now()).start();
        long addOns = usage.addOnCredits(organization, start);
        long limit = PlanPolicy.effectiveLimit(plan, UsageMetric.MESSAGES, addOns);
        long cost = cost(plan, organization, bot);
        OptionalLong total = usage.addWithin(organization, start, UsageMetric.MESSAGES, bot, cost, limit);
        if (total.isEmpty()) {
            long used = usage.counted(organization, start, UsageMetric.MESSAGES);
            policy.require(plan, PlanPolicy.check(plan, UsageMetric.MESSAGES, used, Math.max(1, cost), addOns));
            // Not reached: the update refused only because the credits did not fit.
            return;
        }
        report(account, UsageMetric.MESSAGES, limit, total.getAsLong() - cost, total.getAsLong());
    }

    private long cost(Plan plan, OrganizationId organization, BotId bot) {
        String model = generative
                ? bots.findById(organization, bot)
                        .map(b -> b.settings().model().name())
                        .orElse("")
                : "";
        return policy.plans().creditsFor(plan, model);
    }

    private void report(BillingAccount account, UsageMetric metric, long limit, long before, long after) {
        BillingPeriod period = account.periodAt(clock.now());
        for (int percent : PlanPolicy.crossed(limit, before, after)) {
            if (usage.markThreshold(account.organizationId(), period.start(), metric, percent)) {
                events.publish(new OutboundEvent(
                        EventTypes.USAGE_THRESHOLD_REACHED,
                        account.organizationId(),
                        Optional.empty(),
                        Map.of(
                                "metric", metric.code(),
                                "limit", limit,
                                "used", after,
                                "percent", percent,
                                "periodStart", period.start().toString()),
                        clock.now()));
            }
        }
    }
}
