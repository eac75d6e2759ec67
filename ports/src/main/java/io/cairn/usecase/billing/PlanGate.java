package io.cairn.usecase.billing;

import io.cairn.domain.billing.UsageMetric;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;

/**
 * The plan's say on an action, asked by the services that create what plans limit. Each call either passes or
 * throws {@link io.cairn.domain.error.PlanLimitExceededException}; {@link #admit} and {@link #meterMessage} run inside
 * the transaction that writes the thing they count.
 */
public interface PlanGate {

    /** Refuses when the organization may not hold {@code amount} more of a stock metric (bots, pages, …). */
    void admit(OrganizationId organization, UsageMetric metric, long amount);

    /** Like {@link #admit}, for a step that precedes the thing counted (an invitation): nothing is reported. */
    void check(OrganizationId organization, UsageMetric metric, long amount);

    /** Refuses, before any work, when the organization has no message credits left for one answer of the bot. */
    void checkMessage(OrganizationId organization, BotId bot);

    /** Spends the credits of one answer of the bot, refusing when another request took the last ones meanwhile. */
    void meterMessage(OrganizationId organization, BotId bot);

    /** Allows everything: for embedded uses and tests without plans. */
    PlanGate OPEN = new PlanGate() {
        @Override
        public void admit(OrganizationId organization, UsageMetric metric, long amount) {}

        @Override
        public void check(OrganizationId organization, UsageMetric metric, long amount) {}

        @Override
        public void checkMessage(OrganizationId organization, BotId bot) {}

        @Override
        public void meterMessage(OrganizationId organization, BotId bot) {}
    };
}
