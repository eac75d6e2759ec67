package io.cairn.ports.out.persistence;

import io.cairn.domain.billing.PaymentProvider;
import io.cairn.domain.billing.Subscription;
import java.util.Optional;

/** Driven port: the latest known state of each provider's subscriptions, written by payment webhooks. */
public interface SubscriptionRepository {

    /** The subscription, locked for the rest of the transaction where the database can, so updates queue up. */
    Optional<Subscription> findForUpdate(PaymentProvider provider, String subscriptionId);

    void save(Subscription subscription);
}
