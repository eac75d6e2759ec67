package io.cairn.ports.out.payments;

import io.cairn.domain.billing.SubscriptionStatus;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A subscription's state as one webhook reports it. The organization comes from the metadata Cairn put on the
 * checkout; the plan from the product or price, mapped through configuration (empty when nothing maps).
 */
public record SubscriptionUpdate(
        String subscriptionId,
        Optional<OrganizationId> organizationId,
        SubscriptionStatus status,
        Optional<String> plan,
        Optional<Instant> periodStart,
        Optional<Instant> periodEnd) {

    public SubscriptionUpdate {
        Objects.requireNonNull(subscriptionId);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(plan);
        Objects.requireNonNull(periodStart);
        Objects.requireNonNull(periodEnd);
    }
}
