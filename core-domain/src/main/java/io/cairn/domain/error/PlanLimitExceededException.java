package io.cairn.domain.error;

import java.util.Objects;

/**
 * The organization's plan does not allow this: the action would take {@code metric} past its limit. Carries what a
 * client needs to explain it: the limit, the usage so far, the plan and a hint at the plan that would allow it.
 */
public final class PlanLimitExceededException extends DomainException {

    private final String metric;
    private final long limit;
    private final long used;
    private final String plan;
    private final String upgrade;

    public PlanLimitExceededException(String metric, String label, long limit, long used, String plan, String upgrade) {
        super(
                "plan_limit_" + metric,
                "The " + plan + " plan allows " + limit + " " + label + " and " + used + " are used.");
        this.metric = Objects.requireNonNull(metric);
        this.limit = limit;
        this.used = used;
        this.plan = Objects.requireNonNull(plan);
        this.upgrade = Objects.requireNonNull(upgrade);
    }

    /** The metric, for example {@code messages}. */
    public String metric() {
        return metric;
    }

    public long limit() {
        return limit;
    }

    public long used() {
        return used;
    }

    public String plan() {
        return plan;
    }

    /** A sentence on what to do, for example "Upgrade to pro for 10,000 message credits a month." */
    public String upgrade() {
        return upgrade;
    }
}
