package io.cairn.domain.billing;

import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What Cairn last learned of one subscription at a provider: the latest event's state and when the provider says
 * it happened ({@code lastEventAt}), so an older event delivered late cannot overwrite it.
 */
public record Subscription(
        PaymentProvider provider,
        String subscriptionId,
        Optional<OrganizationId> organizationId,
        SubscriptionStatus status,
        Optional<String> plan,
        Optional<Instant> periodStart,
        Optional<Instant> periodEnd,
        Instant lastEventAt) {

    public Subscription {
        Objects.requireNonNull(provider);
        Objects.requireNonNull(subscriptionId);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(plan);
        Objects.requireNonNull(periodStart);
        Objects.requireNonNull(periodEnd);
        Objects.requireNonNull(lastEventAt);
    }

    /** Whether an event that happened at {@code occurredAt} is older than the state already known. */
    public boolean isNewerThan(Instant occurredAt) {
        return lastEventAt.isAfter(occurredAt);
    }
}
