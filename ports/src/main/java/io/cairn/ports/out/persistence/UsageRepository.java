package io.cairn.ports.out.persistence;

import io.cairn.domain.billing.UsageMetric;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Driven port: what each organization uses. Monthly metrics (message credits) are counters per billing period and
 * bot; stock metrics (bots, indexed pages, members, stored bytes) are read from what the organization holds.
 */
public interface UsageRepository {

    /** What the organization holds now of a stock metric: bots, indexed or indexing pages, members, stored bytes. */
    long holding(OrganizationId organization, UsageMetric metric);

    /**
     * Adds {@code amount} to the period's counter of the organization (and of {@code bot}) in one conditional
     * statement, only if the organization's total stays within {@code limit} ({@code -1}: unlimited). Answers the
     * new total, or empty when it would not fit and nothing was added.
     */
    OptionalLong addWithin(
            OrganizationId organization, Instant periodStart, UsageMetric metric, BotId bot, long amount, long limit);

    /** The organization's counter of a monthly metric in the period starting at {@code periodStart}. */
    long counted(OrganizationId organization, Instant periodStart, UsageMetric metric);

    /** The same counter, per bot. */
    Map<BotId, Long> countedByBot(OrganizationId organization, Instant periodStart, UsageMetric metric);

    /** Records add-on message credits bought for the period starting at {@code periodStart}. */
    void addCredits(OrganizationId organization, Instant periodStart, long credits, Instant at);

    /** The add-on message credits of the period starting at {@code periodStart}. */
    long addOnCredits(OrganizationId organization, Instant periodStart);

    /** Records that a usage threshold was reported for the period; false when it already had been. */
    boolean markThreshold(OrganizationId organization, Instant periodStart, UsageMetric metric, int percent);
}
