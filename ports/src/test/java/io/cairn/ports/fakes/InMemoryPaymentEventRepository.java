package io.cairn.ports.fakes;

import io.cairn.ports.out.payments.PaymentEvent;
import io.cairn.ports.out.persistence.PaymentEventRepository;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory payment events for service tests: the set's atomic add stands in for the unique key. */
public class InMemoryPaymentEventRepository implements PaymentEventRepository {

    private final Set<String> recorded = ConcurrentHashMap.newKeySet();

    @Override
    public boolean recordIfNew(PaymentEvent event, Instant receivedAt) {
        return recorded.add(key(event));
    }

    @Override
    public boolean exists(PaymentEvent event) {
        return recorded.contains(key(event));
    }

    public int count() {
        return recorded.size();
    }

    private static String key(PaymentEvent event) {
        return event.provider().wireName() + "/" + event.eventId();
    }
}
