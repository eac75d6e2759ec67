package io.cairn.usecase.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.billing.PaymentProvider;
import io.cairn.domain.billing.SubscriptionStatus;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.error.UnauthorizedException;
import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.fakes.DirectTransactions;
import io.cairn.ports.fakes.FakePaymentPort;
import io.cairn.ports.fakes.InMemoryOrganizationRepository;
import io.cairn.ports.fakes.InMemoryPaymentEventRepository;
import io.cairn.ports.fakes.InMemorySubscriptionRepository;
import io.cairn.ports.fakes.MutableClock;
import io.cairn.ports.fakes.RecordingChangePlan;
import io.cairn.ports.in.billing.PaymentWebhook;
import io.cairn.ports.in.billing.WebhookOutcome;
import io.cairn.ports.out.payments.PaymentEvent;
import io.cairn.ports.out.payments.SubscriptionUpdate;
import io.cairn.ports.out.payments.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HandlePaymentWebhookServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final InMemoryPaymentEventRepository events = new InMemoryPaymentEventRepository();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final RecordingChangePlan plans = new RecordingChangePlan(organizations);
    private final FakePaymentPort polar = new FakePaymentPort(PaymentProvider.POLAR);
    private final HandlePaymentWebhookService service = new HandlePaymentWebhookService(
            List.of(polar), events, subscriptions, organizations, plans, new DirectTransactions(), new MutableClock());
    private final OrganizationId org = organization();

    @Test
    void should_put_the_organization_on_the_plan_anchored_at_the_period_start_when_a_subscription_is_active() {
        // given
        PaymentEvent active = event("sub_1", SubscriptionStatus.ACTIVE, T0, Optional.of(org));
        // when
        WebhookOutcome outcome = deliver(active);
        // then
        assertThat(outcome).isEqualTo(WebhookOutcome.APPLIED);
        assertThat(plans.changes()).containsExactly(new RecordingChangePlan.Change(org, "pro", T0.minusSeconds(60)));
        assertThat(organizations.findById(org).orElseThrow().plan()).isEqualTo("pro");
    }

    @Test
    void should_have_exactly_one_effect_when_the_same_event_is_delivered_again() {
        // given
        PaymentEvent active = event("sub_1", SubscriptionStatus.ACTIVE, T0, Optional.of(org));
        // when
        List<WebhookOutcome> outcomes = List.of(deliver(active), deliver(active), deliver(active));
        // then
        assertThat(outcomes)
                .containsExactly(WebhookOutcome.APPLIED, WebhookOutcome.DUPLICATE, WebhookOutcome.DUPLICATE);
        assertThat(plans.changes()).hasSize(1);
        assertThat(events.count()).isEqualTo(1);
    }

    @Test
    void should_end_on_the_free_plan_when_a_newer_cancellation_arrives_before_an_older_activation() {
        // given
        PaymentEvent active = event("sub_1", SubscriptionStatus.ACTIVE, T0, Optional.of(org));
        PaymentEvent canceled = event("sub_1", SubscriptionStatus.CANCELED, T0.plusSeconds(600), Optional.of(org));
        // when
        WebhookOutcome first = deliver(canceled);
        WebhookOutcome late = deliver(active);
        // then
        assertThat(first).isEqualTo(WebhookOutcome.APPLIED);
        assertThat(late).isEqualTo(WebhookOutcome.OUTDATED);
        assertThat(organizations.findById(org).orElseThrow().plan()).isEqualTo("free");
        assertThat(subscriptions
                        .findForUpdate(PaymentProvider.POLAR, "sub_1")
                        .orElseThrow()
                        .status())
                .isEqualTo(SubscriptionStatus.CANCELED);
        assertThat(events.count()).isEqualTo(2);
    }

    @Test
    void should_end_on_the_free_plan_when_events_arrive_in_order() {
        // given
        PaymentEvent active = event("sub_1", SubscriptionStatus.ACTIVE, T0, Optional.of(org));
        PaymentEvent canceled = event("sub_1", SubscriptionStatus.CANCELED, T0.plusSeconds(600), Optional.of(org));
        // when
        deliver(active);
        deliver(canceled);
        // then
        assertThat(plans.changes()).extracting(RecordingChangePlan.Change::plan).containsExactly("pro", "free");
        assertThat(organizations.findById(org).orElseThrow().plan()).isEqualTo("free");
    }

    @Test
    void should_record_without_effect_when_the_subscription_names_an_unknown_organization() {
        // given
        PaymentEvent stray = event("sub_2", SubscriptionStatus.ACTIVE, T0, Optional.of(OrganizationId.random()));
        // when
        WebhookOutcome outcome = deliver(stray);
        // then
        assertThat(outcome).isEqualTo(WebhookOutcome.UNMATCHED);
        assertThat(plans.changes()).isEmpty();
        assertThat(events.exists(stray)).isTrue();
    }

    @Test
    void should_ignore_an_event_type_it_does_not_act_on() {
        // given
        PaymentEvent order = new PaymentEvent(PaymentProvider.POLAR, "evt_order", "order.paid", T0, Optional.empty());
        // when
        WebhookOutcome outcome = deliver(order);
        // then
        assertThat(outcome).isEqualTo(WebhookOutcome.IGNORED);
        assertThat(plans.changes()).isEmpty();
    }

    @Test
    void should_record_nothing_when_the_signature_does_not_verify() {
        // given
        PaymentWebhook forged = new PaymentWebhook("polar", Map.of(), "polar:evt_x".getBytes(StandardCharsets.UTF_8));
        // when / then
        assertThatThrownBy(() -> service.handle(forged))
                .isInstanceOf(UnauthorizedException.class)
                .extracting("code")
                .isEqualTo("webhook_signature_invalid");
        assertThat(events.count()).isZero();
        assertThat(plans.changes()).isEmpty();
    }

    @Test
    void should_answer_not_found_when_the_provider_is_not_configured() {
        // given
        PaymentWebhook toStripe = new PaymentWebhook("stripe", Map.of(), new byte[0]);
        // when / then
        assertThatThrownBy(() -> service.handle(toStripe)).isInstanceOf(NotFoundException.class);
    }

    private WebhookOutcome deliver(PaymentEvent event) {
        WebhookRequest request = polar.deliver(event);
        return service.handle(new PaymentWebhook("polar", request.headers(), request.body()));
    }

    private static PaymentEvent event(
            String subscription, SubscriptionStatus status, Instant at, Optional<OrganizationId> org) {
        return new PaymentEvent(
                PaymentProvider.POLAR,
                "evt_" + UUID.randomUUID(),
                "subscription.updated",
                at,
                Optional.of(new SubscriptionUpdate(
                        subscription,
                        org,
                        status,
                        Optional.of("pro"),
                        Optional.of(at.minusSeconds(60)),
                        Optional.of(at.plusSeconds(30 * 86400)))));
    }

    private OrganizationId organization() {
        OrganizationId id = OrganizationId.random();
        organizations.save(new Organization(id, "Buyer", "free", T0.minusSeconds(86400)));
        return id;
    }
}
