package io.cairn.adapter.out.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.adapter.out.payments.FakeProviderApi;
import io.cairn.adapter.out.payments.PlanCatalog;
import io.cairn.domain.billing.PaymentProvider;
import io.cairn.domain.billing.SubscriptionStatus;
import io.cairn.domain.error.UnauthorizedException;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.payments.PaymentEvent;
import io.cairn.ports.out.payments.PaymentProviderException;
import io.cairn.ports.out.payments.SubscriptionUpdate;
import io.cairn.ports.out.payments.WebhookRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class StripePaymentAdapterTest {

    private static final String SECRET = "whsec_stripe_test_secret";
    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
    private static final OrganizationId ORG = OrganizationId.random();

    private final StripePaymentAdapter adapter = adapter(URI.create("http://127.0.0.1:1"));

    @Test
    void should_read_a_subscription_event_when_the_signature_matches() {
        // given
        String body = body("evt_1", "active", NOW.minusSeconds(30));
        // when
        PaymentEvent event = adapter.verify(signed(SECRET, NOW, body));
        // then
        assertThat(event)
                .isEqualTo(new PaymentEvent(
                        PaymentProvider.STRIPE,
                        "evt_1",
                        "customer.subscription.updated",
                        NOW.minusSeconds(30),
                        Optional.of(new SubscriptionUpdate(
                                "sub_1",
                                Optional.of(ORG),
                                SubscriptionStatus.ACTIVE,
                                Optional.of("pro"),
                                Optional.of(Instant.ofEpochSecond(1_790_000_000L)),
                                Optional.of(Instant.ofEpochSecond(1_792_600_000L))))));
    }

    @Test
    void should_refuse_the_signature_when_the_body_was_tampered_with() {
        // given
        WebhookRequest good = signed(SECRET, NOW, body("evt_1", "canceled", NOW));
        WebhookRequest tampered =
                new WebhookRequest(good.headers(), body("evt_1", "active", NOW).getBytes(StandardCharsets.UTF_8));
        // when / then
        assertRefused(tampered, "webhook_signature_invalid");
    }

    @Test
    void should_refuse_the_signature_when_it_was_made_with_another_secret() {
        // when / then
        assertRefused(signed("whsec_someone_else", NOW, body("evt_1", "active", NOW)), "webhook_signature_invalid");
    }

    @Test
    void should_refuse_a_replay_when_the_timestamp_is_six_minutes_old() {
        // given
        Instant old = NOW.minus(Duration.ofMinutes(6));
        // when / then
        assertRefused(signed(SECRET, old, body("evt_1", "active", old)), "webhook_timestamp_stale");
    }

    @Test
    void should_refuse_a_timestamp_six_minutes_in_the_future() {
        // given
        Instant future = NOW.plus(Duration.ofMinutes(6));
        // when / then
        assertRefused(signed(SECRET, future, body("evt_1", "active", NOW)), "webhook_timestamp_stale");
    }

    @Test
    void should_accept_when_any_of_several_signatures_matches() {
        // given
        String body = body("evt_2", "canceled", NOW);
        WebhookRequest one = signed(SECRET, NOW, body);
        String header = one.header("stripe-signature").orElseThrow();
        String several = header.replace(",v1=", ",v1=" + "00".repeat(32) + ",v0=abc,v1=");
        // when
        PaymentEvent event = adapter.verify(new WebhookRequest(Map.of("Stripe-Signature", several), one.body()));
        // then
        assertThat(event.subscription().orElseThrow().status()).isEqualTo(SubscriptionStatus.CANCELED);
    }

    @Test
    void should_refuse_when_the_signature_header_is_missing() {
        // when / then
        assertRefused(
                new WebhookRequest(Map.of(), body("evt_1", "active", NOW).getBytes(StandardCharsets.UTF_8)),
                "webhook_signature_invalid");
    }

    @Test
    void should_post_a_form_with_the_plans_price_and_the_organization_when_starting_a_checkout() {
        // given
        try (FakeProviderApi api =
                new FakeProviderApi("{\"id\":\"cs_1\",\"url\":\"https://checkout.stripe.example/cs_1\"}")) {
            // when
            URI url = adapter(api.uri())
                    .checkout(ORG, "pro", URI.create("https://cairn.example/done"))
                    .url();
            // then
            assertThat(url).isEqualTo(URI.create("https://checkout.stripe.example/cs_1"));
            assertThat(api.lastPath()).isEqualTo("/v1/checkout/sessions");
            assertThat(api.lastContentType()).isEqualTo("application/x-www-form-urlencoded");
            assertThat(URLDecoder.decode(api.lastBody(), StandardCharsets.UTF_8))
                    .contains("mode=subscription")
                    .contains("line_items[0][price]=price_pro")
                    .contains("client_reference_id=" + ORG)
                    .contains("subscription_data[metadata][organization_id]=" + ORG);
        }
    }

    @Test
    void should_fail_as_the_provider_when_the_api_refuses_the_checkout() {
        // given
        try (FakeProviderApi api = new FakeProviderApi(402, "{\"error\":{\"message\":\"card declined\"}}")) {
            // when / then
            assertThatThrownBy(() -> adapter(api.uri()).checkout(ORG, "pro", URI.create("https://cairn.example/done")))
                    .isInstanceOf(PaymentProviderException.class)
                    .hasMessageContaining("402");
        }
    }

    private void assertRefused(WebhookRequest request, String code) {
        assertThatThrownBy(() -> adapter.verify(request))
                .isInstanceOf(UnauthorizedException.class)
                .extracting("code")
                .isEqualTo(code);
    }

    private static StripePaymentAdapter adapter(URI api) {
        return new StripePaymentAdapter(
                new StripeSettings(SECRET, "sk_test_x", api, new PlanCatalog(Map.of("pro", "price_pro"))), () -> NOW);
    }

    private static String body(String id, String status, Instant created) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"customer.subscription.updated\",\"created\":"
                + created.getEpochSecond() + ",\"data\":{\"object\":{\"id\":\"sub_1\",\"object\":\"subscription\","
                + "\"status\":\"" + status + "\",\"metadata\":{\"organization_id\":\"" + ORG + "\"},"
                + "\"items\":{\"data\":[{\"price\":{\"id\":\"price_pro\"},\"current_period_start\":1790000000,"
                + "\"current_period_end\":1792600000}]}}}}";
    }

    /** Signs as Stripe documents it, independently of the adapter's code. */
    static WebhookRequest signed(String secret, Instant at, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            long t = at.getEpochSecond();
            String v1 = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
            return new WebhookRequest(
                    Map.of("Stripe-Signature", "t=" + t + ",v1=" + v1), body.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
