package io.cairn.ports.in.billing;

import io.cairn.domain.billing.UsageMetric;
import java.util.Objects;

/** One metric of a usage report: the limit that applies ({@code -1}: unlimited), what is used and what is left. */
public record MetricUsage(UsageMetric metric, long limit, long used) {

    public MetricUsage {
        Objects.requireNonNull(metric);
    }

    public boolean unlimited() {
        return limit < 0;
    }

    /** What is left, or {@code -1} when unlimited. */
    public long remaining() {
        return unlimited() ? -1 : Math.max(0, limit - used);
    }

    /** Whole percent of the limit used, or 0 when unlimited. */
    public int percent() {
        if (unlimited()) {
            return 0;
        }
        return limit == 0 ? (used > 0 ? 100 : 0) : (int) Math.min(999, used * 100 / limit);
    }
}
