package io.cairn.ports.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.billing.PaymentProvider;
import io.cairn.ports.out.payments.PaymentEvent;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link PaymentEventRepository} shares: the in-memory fake and each database adapter. */
public abstract class PaymentEventRepositoryContract {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private PaymentEventRepository events;

    /** A repository to test; it may hold other tests' rows, never this test's random event ids. */
    protected abstract PaymentEventRepository newRepository();

    @BeforeEach
    void createRepository() {
        events = newRepository();
    }

    @Test
    void should_record_an_event_once_when_it_is_delivered_again() {
        // given
        PaymentEvent event = event(PaymentProvider.POLAR, "evt_" + UUID.randomUUID());
        // when
        boolean first = events.recordIfNew(event, AT);
        boolean second = events.recordIfNew(event, AT.plusSeconds(60));
        // then
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(events.exists(event)).isTrue();
    }

    @Test
    void should_keep_providers_apart_when_they_use_the_same_event_id() {
        // given
        String id = "evt_" + UUID.randomUUID();
        events.recordIfNew(event(PaymentProvider.POLAR, id), AT);
        // when
        boolean stripe = events.recordIfNew(event(PaymentProvider.STRIPE, id), AT);
        // then
        assertThat(stripe).isTrue();
        assertThat(events.exists(event(PaymentProvider.STRIPE, "evt_" + UUID.randomUUID())))
                .isFalse();
    }

    private static PaymentEvent event(PaymentProvider provider, String id) {
        return new PaymentEvent(provider, id, "subscription.updated", AT, Optional.empty());
    }
}
