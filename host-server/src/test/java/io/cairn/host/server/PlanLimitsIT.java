package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A free organization under tight plan limits, end to end over HTTP: the chat that goes past the last message credit
 * gets a 402 problem with the limit, the usage and an upgrade hint; a blocked upload stores nothing; {@code GET
 * /usage} shows the numbers; a signed Polar {@code subscription.active} webhook moves it to pro, and the chat works
 * again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanLimitsIT {

    /** The Polar webhook secret as the Polar dashboard shows it: {@code whsec_} and the key in base64. */
    private static final byte[] POLAR_KEY = "plan-limits-polar-key".getBytes(StandardCharsets.UTF_8);

    private static final String POLAR_SECRET = "whsec_" + Base64.getEncoder().encodeToString(POLAR_KEY);

    @TempDir
    static Path dir;

    private RunningServer server;

    @BeforeAll
    void start() {
        server = new RunningServer(
                dir,
                Map.of(
                        "cairn.plans.free.message-credits", 3,
                        "cairn.plans.free.bots", 1,
                        "cairn.plans.free.indexed-pages", 2,
                        "cairn.plans.free.storage-bytes", 400,
                        "cairn.plans.free.members", 1,
                        "cairn.payments.polar.webhook-secret", POLAR_SECRET,
                        "cairn.payments.polar.products.pro", "prod_pro"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void should_answer_402_after_the_last_credit_and_answer_again_once_polar_reports_the_subscription_active()
            throws Exception {
        // given: a bot that knows one page, and the three credits of the period spent
        TenantSteps tenant = TenantSteps.signUp(server);
        String bot = tenant.createBot();
        tenant.addAndAwait(bot, "{\"type\":\"text\",\"title\":\"Hours\",\"text\":\"The shop opens at nine.\"}");
        for (int i = 0; i < 3; i++) {
            tenant.chat(bot, "When does the shop open?");
        }

        // when
        HttpResponse<String> refused =
                tenant.api().postJson("/api/v1/bots/" + bot + "/chat", "{\"message\":\"When does the shop open?\"}");

        // then
        assertThat(refused.statusCode()).isEqualTo(402);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        Map<String, Object> problem = tenant.map(refused);
        assertThat(problem)
                .containsEntry("status", 402)
                .containsEntry("code", "plan_limit_messages")
                .containsEntry("type", "urn:cairn:problem:plan_limit_messages")
                .containsEntry("title", "Payment Required")
                .containsEntry("limit", 3)
                .containsEntry("used", 3)
                .containsEntry("plan", "free");
        assertThat((String) problem.get("upgrade")).isEqualTo("Upgrade to pro for 10,000 message credits a month.");
        assertThatThrownBy(() -> tenant.api().stream("/api/v1/bots/" + bot + "/chat", "{\"message\":\"Sundays?\"}"))
                .as("a refused stream is a plain 402, never a 200 that ends in an error event")
                .hasMessageContaining("402");

        // when: the customer pays, and Polar reports the subscription active (signed here by the Standard Webhooks
        // algorithm as Polar documents it, not by Cairn's code)
        String org =
                (String) ((Map<?, ?>) tenant.map(tenant.api().get("/api/v1/me")).get("organization")).get("id");
        HttpResponse<String> webhook = deliverPolar(subscriptionActive(org));

        // then
        assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(200);
        assertThat(tenant.map(webhook)).containsEntry("outcome", "applied");
        assertThat((String) tenant.chat(bot, "When does the shop open?").get("answer"))
                .isNotBlank();
        assertThat((String)
                        ((Map<?, ?>) tenant.map(tenant.api().get("/api/v1/me")).get("organization")).get("plan"))
                .isEqualTo("pro");
    }

    private static String subscriptionActive(String org) {
        Instant now = Instant.now();
        return """
                {"type":"subscription.active","timestamp":"%s","data":{"id":"sub_%s","status":"active",                "product_id":"prod_pro","modified_at":"%s","current_period_start":"%s",                "metadata":{"organization_id":"%s"}}}"""
                .formatted(now, UUID.randomUUID(), now, now, org);
    }

    private HttpResponse<String> deliverPolar(String body) throws Exception {
        String id = "msg_" + UUID.randomUUID();
        long timestamp = Instant.now().getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(POLAR_KEY, "HmacSHA256"));
        String signature = Base64.getEncoder()
                .encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("/billing/webhooks/polar"))
                .header("Content-Type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", "v1," + signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void should_show_the_period_limits_usage_and_each_bots_credits_when_usage_is_read() throws Exception {
        // given
        TenantSteps tenant = TenantSteps.signUp(server);
        String bot = tenant.createBot();
        tenant.addAndAwait(bot, "{\"type\":\"text\",\"title\":\"Hours\",\"text\":\"The shop opens at nine.\"}");
        tenant.chat(bot, "When does the shop open?");
        tenant.chat(bot, "Is it open at nine?");

        // when
        HttpResponse<String> read = tenant.api().get("/api/v1/usage");

        // then
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        Map<String, Object> usage = tenant.map(read);
        assertThat(usage).containsEntry("plan", "free").containsKeys("periodStart", "periodEnd");
        assertThat(server.list(usage.get("metrics")))
                .contains(
                        Map.of("metric", "messages", "limit", 3, "used", 2, "remaining", 1),
                        Map.of("metric", "bots", "limit", 1, "used", 1, "remaining", 0),
                        Map.of("metric", "pages", "limit", 2, "used", 1, "remaining", 1));
        assertThat(server.list(usage.get("bots"))).containsExactly(Map.of("botId", bot, "messageCredits", 2));
    }

    @Test
    void should_store_nothing_when_an_upload_or_a_bot_does_not_fit_the_plan() throws Exception {
        // given
        TenantSteps tenant = TenantSteps.signUp(server);
        String bot = tenant.createBot();
        byte[] big = "Opening hours. ".repeat(40).getBytes(StandardCharsets.UTF_8);

        // when
        HttpResponse<String> upload =
                tenant.api().upload("/api/v1/bots/" + bot + "/sources/files", "hours.txt", "text/plain", big);
        HttpResponse<String> tooManyPages = tenant.addSource(
                bot,
                """
                {"type":"qa","pairs":[{"question":"A?","answer":"One."},{"question":"B?","answer":"Two."},
                 {"question":"C?","answer":"Three."}]}""");
        HttpResponse<String> secondBot = tenant.api().postJson("/api/v1/bots", "{\"name\":\"Second\"}");

        // then
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(402);
        assertThat(tenant.map(upload))
                .containsEntry("code", "plan_limit_storage")
                .containsEntry("limit", 400)
                .containsEntry("used", 0);
        assertThat(tenant.map(tooManyPages)).containsEntry("code", "plan_limit_pages");
        assertThat(tenant.map(secondBot)).containsEntry("status", 402).containsEntry("code", "plan_limit_bots");
        assertThat(server.list(tenant.map(tenant.api().get("/api/v1/bots/" + bot + "/sources"))
                        .get("items")))
                .as("no source row, so no stored file and no chunks")
                .isEmpty();
        assertThat(server.list(tenant.map(tenant.api().get("/api/v1/bots")).get("items")))
                .hasSize(1);
    }
}
