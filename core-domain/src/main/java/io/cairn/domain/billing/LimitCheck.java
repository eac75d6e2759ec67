package io.cairn.domain.billing;

import java.util.Objects;

/**
 * One question to a plan: may {@code amount} more of {@code metric} be used when {@code used} already is, under
 * {@code limit} ({@link PlanLimits#UNLIMITED} for none)?
 */
public record LimitCheck(UsageMetric metric, long limit, long used, long amount) {

    public LimitCheck {
        Objects.requireNonNull(metric);
        if (used < 0 || amount < 0) {
            throw new IllegalArgumentException("usage and amount must not be negative");
        }
    }

    public boolean unlimited() {
        return limit == PlanLimits.UNLIMITED;
    }

    public boolean allowed() {
        return unlimited() || amount <= limit - used;
    }

    /** What is left, or {@link Long#MAX_VALUE} without a limit. */
    public long remaining() {
        return unlimited() ? Long.MAX_VALUE : Math.max(0, limit - used);
    }
}
