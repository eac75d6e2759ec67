package io.cairn.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.error.ValidationException;
import io.cairn.domain.event.EventTypes;
import io.cairn.domain.event.OutboundEvent;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");
    private static final DeliveryRetryPolicy POLICY = new DeliveryRetryPolicy(3, Duration.ofSeconds(5), 5);

    private final WebhookDelivery fresh = WebhookDelivery.pending(
            OrganizationId.random(), WebhookEndpointId.random(), UUID.randomUUID(), EventTypes.LEAD_CREATED, "{}", T0);

    @Test
    void should_back_off_then_fail_when_every_attempt_fails() {
        // when
        WebhookDelivery once = fresh.failedAttempt(Optional.of(500), "HTTP 500", T0, POLICY);
        WebhookDelivery twice = once.failedAttempt(Optional.empty(), "timeout", T0.plusSeconds(5), POLICY);
        WebhookDelivery thrice = twice.failedAttempt(Optional.of(503), "HTTP 503", T0.plusSeconds(30), POLICY);
        // then
        assertThat(once.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(once.nextAttemptAt()).contains(T0.plusSeconds(5));
        assertThat(twice.nextAttemptAt()).contains(T0.plusSeconds(5 + 25));
        assertThat(twice.lastStatusCode()).isEmpty();
        assertThat(thrice.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(thrice.attempts()).isEqualTo(3);
        assertThat(thrice.lastError()).contains("HTTP 503");
        assertThat(thrice.nextAttemptAt()).isEmpty();
    }

    @Test
    void should_keep_id_and_body_and_count_the_attempt_when_a_retry_succeeds() {
        // when
        WebhookDelivery done =
                fresh.failedAttempt(Optional.of(500), "HTTP 500", T0, POLICY).succeeded(204, T0.plusSeconds(5));
        // then
        assertThat(done.status()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.id()).isEqualTo(fresh.id());
        assertThat(done.payload()).isEqualTo(fresh.payload());
        assertThat(done.lastError()).isEmpty();
        assertThat(done.lastStatusCode()).contains(204);
    }

    @Test
    void should_be_pending_again_with_the_same_message_id_when_replayed() {
        // given
        WebhookDelivery failed = new WebhookDeliveryTest().failedUp();
        // when
        WebhookDelivery replayed = failed.replayed(T0.plusSeconds(100));
        // then
        assertThat(replayed.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(replayed.id().messageId()).isEqualTo(failed.id().messageId()).startsWith("msg_");
        assertThat(replayed.attempts()).isEqualTo(3);
    }

    @Test
    void should_write_a_standard_webhooks_body_when_given_an_event() {
        // given
        OutboundEvent event = new OutboundEvent(
                EventTypes.LEAD_CREATED,
                OrganizationId.random(),
                Optional.of(WorkspaceId.random()),
                Map.of("name", "Ada \"the\" Lovelace\n", "count", 2, "tags", List.of("a", true)),
                T0);
        // when
        String json = WebhookPayload.of(event);
        // then
        assertThat(json)
                .isEqualTo("{\"type\":\"lead.created\",\"timestamp\":\"2026-05-01T12:00:00Z\",\"data\":"
                        + "{\"count\":2,\"name\":\"Ada \\\"the\\\" Lovelace\\n\",\"tags\":[\"a\",true]}}");
    }

    @Test
    void should_refuse_an_endpoint_when_an_event_type_is_unknown_or_none_is_given() {
        assertThatThrownBy(() -> WebhookEndpoint.subscribable(List.of("lead.created", "lead.deleted")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("unknown event type: lead.deleted");
        assertThatThrownBy(() -> WebhookEndpoint.subscribable(List.of())).isInstanceOf(ValidationException.class);
        assertThat(WebhookEndpoint.subscribable(List.of("source.sync.failed", "lead.created", "lead.created")))
                .containsExactly("lead.created", "source.sync.failed");
    }

    private WebhookDelivery failedUp() {
        WebhookDelivery d = fresh;
        for (int i = 0; i < 3; i++) {
            d = d.failedAttempt(Optional.of(500), "HTTP 500", T0, POLICY);
        }
        return d;
    }
}
