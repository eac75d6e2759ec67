package io.cairn.ports.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.billing.PaymentProvider;
import io.cairn.domain.billing.Subscription;
import io.cairn.domain.billing.SubscriptionStatus;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link SubscriptionRepository} shares: the in-memory fake and each database adapter. */
public abstract class SubscriptionRepositoryContract {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private SubscriptionRepository subscriptions;

    /** A repository to test; it may hold other tests' rows, never this test's random subscription ids. */
    protected abstract SubscriptionRepository newRepository();

    @BeforeEach
    void createRepository() {
        subscriptions = newRepository();
    }

    @Test
    void should_read_back_the_latest_saved_state_when_a_subscription_changes() {
        // given
        String id = "sub_" + UUID.randomUUID();
        Subscription active = new Subscription(
                PaymentProvider.STRIPE,
                id,
                Optional.of(OrganizationId.random()),
                SubscriptionStatus.ACTIVE,
                Optional.of("pro"),
                Optional.of(AT),
                Optional.of(AT.plusSeconds(30 * 86400)),
                AT);
        Subscription canceled = new Subscription(
                PaymentProvider.STRIPE,
                id,
                active.organizationId(),
                SubscriptionStatus.CANCELED,
                Optional.of("pro"),
                Optional.empty(),
                Optional.empty(),
                AT.plusSeconds(60));
        // when
        subscriptions.save(active);
        Optional<Subscription> first = subscriptions.findForUpdate(PaymentProvider.STRIPE, id);
        subscriptions.save(canceled);
        // then
        assertThat(first).contains(active);
        assertThat(subscriptions.findForUpdate(PaymentProvider.STRIPE, id)).contains(canceled);
        assertThat(subscriptions.findForUpdate(PaymentProvider.POLAR, id)).isEmpty();
    }

    @Test
    void should_keep_a_subscription_that_names_no_organization() {
        // given
        Subscription orphan = new Subscription(
                PaymentProvider.POLAR,
                "sub_" + UUID.randomUUID(),
                Optional.empty(),
                SubscriptionStatus.PENDING,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                AT);
        // when
        subscriptions.save(orphan);
        // then
        assertThat(subscriptions.findForUpdate(PaymentProvider.POLAR, orphan.subscriptionId()))
                .contains(orphan);
    }
}
