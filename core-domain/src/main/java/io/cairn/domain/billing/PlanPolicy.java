package io.cairn.domain.billing;

import io.cairn.domain.error.PlanLimitExceededException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what a plan allows: the effective limit of each metric (message credits plus the period's add-on
 * credits), whether an action fits, the refusal with its upgrade hint when it does not, and which usage thresholds
 * (80 % and 100 %) an increase crosses.
 */
public final class PlanPolicy {

    /** The percentages of a limit at which the customer is told. */
    public static final List<Integer> THRESHOLDS = List.of(80, 100);

    private final Plans plans;

    public PlanPolicy(Plans plans) {
        this.plans = Objects.requireNonNull(plans);
    }

    public Plans plans() {
        return plans;
    }

    /** The limit that applies: add-on credits count towards message credits only, and never make a limit finite. */
    public static long effectiveLimit(Plan plan, UsageMetric metric, long addOnCredits) {
        long limit = plan.limits().of(metric);
        if (metric != UsageMetric.MESSAGES || limit == PlanLimits.UNLIMITED) {
            return limit;
        }
        return limit + Math.max(0, addOnCredits);
    }

    /** The check of {@code amount} more of {@code metric}. */
    public static LimitCheck check(Plan plan, UsageMetric metric, long used, long amount, long addOnCredits) {
        return new LimitCheck(metric, effectiveLimit(plan, metric, addOnCredits), used, amount);
    }

    /** Throws the refusal when the check does not pass. */
    public void require(Plan plan, LimitCheck check) {
        refusal(plan, check).ifPresent(e -> {
            throw e;
        });
    }

    /** The refusal a failed check answers with, or empty when it passes. */
    public Optional<PlanLimitExceededException> refusal(Plan plan, LimitCheck check) {
        if (check.allowed()) {
            return Optional.empty();
        }
        UsageMetric metric = check.metric();
        return Optional.of(new PlanLimitExceededException(
                metric.code(), metric.label(), check.limit(), check.used(), plan.name(), upgradeHint(plan, metric)));
    }

    /** For example "Upgrade to pro for 10,000 message credits a month." */
    public String upgradeHint(Plan plan, UsageMetric metric) {
        return plans.upgradeFor(plan, metric)
                .map(next -> "Upgrade to " + next.name() + " for "
                        + amount(next.limits().of(metric)) + " " + metric.label()
                        + (metric.monthly() ? " a month." : "."))
                .orElse(
                        metric == UsageMetric.MESSAGES
                                ? "Buy add-on credits, or wait for the next billing period."
                                : "Remove some to make room, or contact us for a larger plan.");
    }

    /** The thresholds passed when usage goes from {@code before} to {@code after} under {@code limit}. */
    public static List<Integer> crossed(long limit, long before, long after) {
        List<Integer> crossed = new ArrayList<>();
        if (limit == PlanLimits.UNLIMITED || limit == 0 || after <= before) {
            return crossed;
        }
        for (int percent : THRESHOLDS) {
            long mark = limit > Long.MAX_VALUE / 100 ? limit / 100 * percent : (limit * percent + 99) / 100;
            if (before < mark && after >= mark) {
                crossed.add(percent);
            }
        }
        return crossed;
    }

    private static String amount(long limit) {
        return limit == PlanLimits.UNLIMITED ? "unlimited" : String.format(Locale.ROOT, "%,d", limit);
    }
}
