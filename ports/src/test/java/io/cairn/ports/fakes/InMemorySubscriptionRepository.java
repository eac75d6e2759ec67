package io.cairn.ports.fakes;

import io.cairn.domain.billing.PaymentProvider;
import io.cairn.domain.billing.Subscription;
import io.cairn.ports.out.persistence.SubscriptionRepository;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory subscriptions for service tests; no locking, the service tests run one event at a time. */
public class InMemorySubscriptionRepository implements SubscriptionRepository {

    private final Map<String, Subscription> rows = new ConcurrentHashMap<>();

    @Override
    public Optional<Subscription> findForUpdate(PaymentProvider provider, String subscriptionId) {
        return Optional.ofNullable(rows.get(provider.wireName() + "/" + subscriptionId));
    }

    @Override
    public void save(Subscription subscription) {
        rows.put(subscription.provider().wireName() + "/" + subscription.subscriptionId(), subscription);
    }
}
