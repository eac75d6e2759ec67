package io.cairn.adapter.out.payments.polar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.adapter.out.payments.FakeProviderApi;
import io.cairn.adapter.out.payments.PlanCatalog;
import io.cairn.domain.billing.PaymentProvider;
import io.cairn.domain.billing.SubscriptionStatus;
import io.cairn.domain.error.UnauthorizedException;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.payments.PaymentEvent;
import io.cairn.ports.out.payments.SubscriptionUpdate;
import io.cairn.ports.out.payments.WebhookRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PolarPaymentAdapterTest {

    private static final byte[] KEY = "a-polar-test-key-of-32-bytes-len".getBytes(StandardCharsets.UTF_8);
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);
    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
    private static final OrganizationId ORG = OrganizationId.random();

    private final PolarPaymentAdapter adapter = adapter(SECRET, URI.create("http://127.0.0.1:1"));

    @Test
    void should_read_a_subscription_event_when_the_signature_matches() {
        // given
        WebhookRequest request = signed(KEY, "msg_1", NOW, body("active", "2026-11-01T09:59:00Z"));
        // when
        PaymentEvent event = adapter.verify(request);
        // then
        assertThat(event)
                .isEqualTo(new PaymentEvent(
                        PaymentProvider.POLAR,
                        "msg_1",
                        "subscription.updated",
                        Instant.parse("2026-11-01T09:59:00Z"),
                        Optional.of(new SubscriptionUpdate(
                                "sub_1",
                                Optional.of(ORG),
                                SubscriptionStatus.ACTIVE,
                                Optional.of("pro"),
                                Optional.of(Instant.parse("2026-11-01T00:00:00Z")),
                                Optional.of(Instant.parse("2026-12-01T00:00:00Z"))))));
    }

    @Test
    void should_refuse_the_signature_when_the_body_was_tampered_with() {
        // given
        WebhookRequest good = signed(KEY, "msg_1", NOW, body("active", "2026-11-01T09:59:00Z"));
        WebhookRequest tampered = new WebhookRequest(
                good.headers(),
                body("active", "2026-11-01T09:59:00Z")
                        .replace("pro_product", "max_product")
                        .getBytes(StandardCharsets.UTF_8));
        // when / then
        assertRefused(tampered, "webhook_signature_invalid");
    }

    @Test
    void should_refuse_the_signature_when_it_was_made_with_another_secret() {
        // given
        WebhookRequest request =
                signed("another-key-entirely".getBytes(StandardCharsets.UTF_8), "msg_1", NOW, body("active", null));
        // when / then
        assertRefused(request, "webhook_signature_invalid");
    }

    @Test
    void should_refuse_a_replay_when_the_timestamp_is_six_minutes_old() {
        // given
        WebhookRequest old = signed(KEY, "msg_1", NOW.minus(Duration.ofMinutes(6)), body("active", null));
        // when / then
        assertRefused(old, "webhook_timestamp_stale");
    }

    @Test
    void should_refuse_a_timestamp_six_minutes_in_the_future() {
        // given
        WebhookRequest future = signed(KEY, "msg_1", NOW.plus(Duration.ofMinutes(6)), body("active", null));
        // when / then
        assertRefused(future, "webhook_timestamp_stale");
    }

    @Test
    void should_accept_when_any_of_several_signatures_matches() {
        // given
        WebhookRequest request = signed(KEY, "msg_1", NOW, body("canceled", null));
        String rotated = "v1," + Base64.getEncoder().encodeToString(new byte[32]) + " "
                + request.header("webhook-signature").orElseThrow() + " v2,ignored";
        WebhookRequest both = new WebhookRequest(
                Map.of(
                        "webhook-id",
                        "msg_1",
                        "webhook-timestamp",
                        Long.toString(NOW.getEpochSecond()),
                        "webhook-signature",
                        rotated),
                request.body());
        // when
        PaymentEvent event = adapter.verify(both);
        // then
        assertThat(event.subscription().orElseThrow().status()).isEqualTo(SubscriptionStatus.CANCELED);
    }

    @Test
    void should_use_the_secrets_own_bytes_when_it_is_polars_plain_secret() {
        // given
        String plain = "polar_whs_plainsecret";
        PolarPaymentAdapter withPlain = adapter(plain, URI.create("http://127.0.0.1:1"));
        WebhookRequest request = signed(plain.getBytes(StandardCharsets.UTF_8), "msg_1", NOW, body("active", null));
        // when
        PaymentEvent event = withPlain.verify(request);
        // then
        assertThat(event.eventId()).isEqualTo("msg_1");
    }

    @Test
    void should_refuse_a_body_that_is_not_json_when_its_signature_matches() {
        // given
        WebhookRequest request = signed(KEY, "msg_1", NOW, "not json");
        // when / then
        assertThatThrownBy(() -> adapter.verify(request)).isInstanceOf(ValidationException.class);
    }

    @Test
    void should_post_the_plans_product_and_the_organization_when_starting_a_checkout() throws Exception {
        // given
        try (FakeProviderApi api = new FakeProviderApi("{\"url\":\"https://polar.example/checkout/abc\"}")) {
            PolarPaymentAdapter pointed = adapter(SECRET, api.uri());
            // when
            URI url = pointed.checkout(ORG, "pro", URI.create("https://cairn.example/done"))
                    .url();
            // then
            assertThat(url).isEqualTo(URI.create("https://polar.example/checkout/abc"));
            assertThat(api.lastPath()).isEqualTo("/v1/checkouts/");
            assertThat(api.lastAuthorization()).isEqualTo("Bearer polar_oat_test");
            assertThat(api.lastBody())
                    .contains("\"products\":[\"pro_product\"]")
                    .contains("\"organization_id\":\"" + ORG + "\"")
                    .contains("\"success_url\":\"https://cairn.example/done\"");
        }
    }

    @Test
    void should_refuse_a_plan_no_product_sells_when_starting_a_checkout() {
        // when / then
        assertThatThrownBy(() -> adapter.checkout(ORG, "enterprise", URI.create("https://cairn.example/done")))
                .isInstanceOf(ValidationException.class);
    }

    private void assertRefused(WebhookRequest request, String code) {
        assertThatThrownBy(() -> adapter.verify(request))
                .isInstanceOf(UnauthorizedException.class)
                .extracting("code")
                .isEqualTo(code);
    }

    private static PolarPaymentAdapter adapter(String secret, URI api) {
        return new PolarPaymentAdapter(
                new PolarSettings(secret, "polar_oat_test", api, new PlanCatalog(Map.of("pro", "pro_product"))),
                () -> NOW);
    }

    private static String body(String status, String modifiedAt) {
        return "{\"type\":\"subscription.updated\",\"timestamp\":\"2026-11-01T09:58:00Z\",\"data\":{\"id\":\"sub_1\","
                + "\"status\":\"" + status + "\",\"product_id\":\"pro_product\","
                + "\"current_period_start\":\"2026-11-01T00:00:00Z\",\"current_period_end\":\"2026-12-01T00:00:00Z\","
                + (modifiedAt == null ? "" : "\"modified_at\":\"" + modifiedAt + "\",")
                + "\"metadata\":{\"organization_id\":\"" + ORG + "\"}}}";
    }

    /** Signs as the Standard Webhooks specification describes, independently of the adapter's code. */
    static WebhookRequest signed(byte[] key, String id, Instant at, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String seconds = Long.toString(at.getEpochSecond());
            byte[] signature = mac.doFinal((id + "." + seconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return new WebhookRequest(
                    Map.of(
                            "Webhook-Id", id,
                            "Webhook-Timestamp", seconds,
                            "Webhook-Signature", "v1," + Base64.getEncoder().encodeToString(signature)),
                    body.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
