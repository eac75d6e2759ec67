package io.cairn.ports.in.billing;

import io.cairn.domain.billing.BillingPeriod;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An organization's usage in its current billing period: the plan, every metric against its limit, the period's
 * add-on credits and the message credits each bot used.
 */
public record UsageReport(
        OrganizationId organizationId,
        String plan,
        BillingPeriod period,
        List<MetricUsage> metrics,
        long addOnCredits,
        Map<BotId, Long> messagesByBot) {

    public UsageReport {
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(plan);
        Objects.requireNonNull(period);
        metrics = List.copyOf(metrics);
        messagesByBot = Map.copyOf(messagesByBot);
    }
}
