package io.cairn.domain.billing;

import io.cairn.domain.error.ValidationException;

/**
 * The limits of one plan: message credits a month, bots, indexed pages, members and bytes of file storage. Any of
 * them may be {@link #UNLIMITED}.
 */
public record PlanLimits(long messageCredits, long bots, long indexedPages, long members, long storageBytes) {

    /** No limit at all. */
    public static final long UNLIMITED = -1;

    public PlanLimits {
        for (UsageMetric metric : UsageMetric.values()) {
            long value = pick(metric, messageCredits, bots, indexedPages, members, storageBytes);
            if (value < UNLIMITED) {
                throw new ValidationException(metric.code(), "must be at least 0, or -1 for unlimited");
            }
        }
    }

    public static PlanLimits unlimited() {
        return new PlanLimits(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED);
    }

    /** The limit of one metric, or {@link #UNLIMITED}. */
    public long of(UsageMetric metric) {
        return pick(metric, messageCredits, bots, indexedPages, members, storageBytes);
    }

    public boolean unlimited(UsageMetric metric) {
        return of(metric) == UNLIMITED;
    }

    /** This plan with one limit changed. */
    public PlanLimits with(UsageMetric metric, long limit) {
        return new PlanLimits(
                metric == UsageMetric.MESSAGES ? limit : messageCredits,
                metric == UsageMetric.BOTS ? limit : bots,
                metric == UsageMetric.PAGES ? limit : indexedPages,
                metric == UsageMetric.MEMBERS ? limit : members,
                metric == UsageMetric.STORAGE ? limit : storageBytes);
    }

    private static long pick(UsageMetric metric, long messages, long bots, long pages, long members, long storage) {
        return switch (metric) {
            case MESSAGES -> messages;
            case BOTS -> bots;
            case PAGES -> pages;
            case MEMBERS -> members;
            case STORAGE -> storage;
        };
    }
}
