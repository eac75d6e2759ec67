package io.cairn.ports.out.payments;

import io.cairn.domain.billing.PaymentProvider;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified webhook event. {@code eventId} is unique per provider, so a redelivery carries the same one;
 * {@code occurredAt} is when the provider says the state changed, which orders events delivered out of order. An
 * event type Cairn does not act on has no {@code subscription}.
 */
public record PaymentEvent(
        PaymentProvider provider,
        String eventId,
        String type,
        Instant occurredAt,
        Optional<SubscriptionUpdate> subscription) {

    public PaymentEvent {
        Objects.requireNonNull(provider);
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(subscription);
    }
}
