package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outbound webhooks end to end: a customer's receiver on loopback (a trusted target) fails twice, then takes the
 * delivery; Cairn retries through the durable job queue, records each attempt, signs every request the Standard
 * Webhooks way (verified by the receiver's own implementation) and replays on request. Tenants and the SSRF guard
 * hold at registration.
 */
class OutboundWebhooksIT {

    @TempDir
    Path dir;

    @Test
    void should_retry_a_failing_receiver_until_it_accepts_and_record_every_attempt() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(2);
                RunningServer server = new RunningServer(dir, settings(receiver))) {
            // given: an endpoint for finished syncs
            TenantSteps owner = TenantSteps.signUp(server, "hooked-owner");
            HttpResponse<String> registered = owner.api()
                    .postJson(
                            "/api/v1/webhooks",
                            "{\"workspaceId\":\"" + workspaceOf(server, owner) + "\",\"url\":\"" + receiver.url()
                                    + "\",\"events\":[\"source.sync.completed\"]}");
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            String secret = (String) owner.map(registered).get("secret");
            String webhook = (String) owner.map(registered).get("id");
            assertThat(secret).startsWith("whsec_");
            receiver.useSecret(secret);
            assertThat(owner.api().get("/api/v1/webhooks").body())
                    .contains(webhook)
                    .doesNotContain(secret);

            // when: a text source's sync completes
            String bot = owner.createBot();
            String source = (String) owner.addAndAwait(
                            bot, "{\"type\":\"text\",\"title\":\"Ferry\",\"text\":\"The ferry leaves at nine.\"}")
                    .get("id");
            List<Map<String, Object>> seen = awaitDelivery(owner, webhook, d -> "succeeded".equals(d.get("status")));

            // then: three attempts, the first two recorded as failures, the third a success
            Map<String, Object> delivery = seen.get(seen.size() - 1);
            assertThat(delivery)
                    .containsEntry("attempts", 3)
                    .containsEntry("lastStatusCode", 200)
                    .containsEntry("type", "source.sync.completed");
            assertThat(delivery.get("lastError")).isNull();
            assertThat(seen).anySatisfy(d -> assertThat(d)
                    .containsEntry("status", "pending")
                    .containsEntry("lastStatusCode", 500)
                    .containsEntry("lastError", "HTTP 500: receiver down"));
            List<WebhookReceiver.Received> requests = receiver.received();
            assertThat(requests).hasSize(3).allSatisfy(r -> {
                assertThat(r.verified()).as("signature of " + r).isTrue();
                assertThat(r.id()).isEqualTo(delivery.get("messageId"));
                assertThat(r.userAgent()).isEqualTo("Cairn-Webhooks/1");
                assertThat(Long.parseLong(r.timestamp()))
                        .isBetween(
                                Instant.now().getEpochSecond() - 120,
                                Instant.now().getEpochSecond() + 1);
            });
            assertThat(requests.get(0).body())
                    .startsWith("{\"type\":\"source.sync.completed\",\"timestamp\":\"")
                    .contains("\"sourceId\":\"" + source + "\"", "\"botId\":\"" + bot + "\"", "\"added\":1");
            assertThat(requests)
                    .extracting(WebhookReceiver.Received::body)
                    .containsOnly(requests.get(0).body());
            // the receiver's check is real: a changed body or another secret does not verify
            WebhookReceiver.Received first = requests.get(0);
            assertThat(WebhookReceiver.verifies(
                            secret, first.id(), first.timestamp(), first.body() + " ", first.signature()))
                    .isFalse();
            assertThat(WebhookReceiver.verifies(
                            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                            first.id(),
                            first.timestamp(),
                            first.body(),
                            first.signature()))
                    .isFalse();

            // when: the owner replays the delivery
            HttpResponse<String> replay = owner.api()
                    .postJson("/api/v1/webhooks/" + webhook + "/deliveries/" + delivery.get("id") + "/replay", "{}");

            // then: a fourth, signed attempt of the same message
            assertThat(replay.statusCode()).as(replay.body()).isEqualTo(202);
            awaitDelivery(
                    owner,
                    webhook,
                    d -> Integer.valueOf(4).equals(d.get("attempts")) && "succeeded".equals(d.get("status")));
            assertThat(receiver.received()).hasSize(4).allSatisfy(r -> assertThat(r.verified())
                    .isTrue());
            assertThat(receiver.received().get(3).id()).isEqualTo(delivery.get("messageId"));
        }
    }

    @Test
    void should_refuse_private_urls_unknown_events_and_other_tenants_ids() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(0);
                RunningServer server = new RunningServer(dir, settings(receiver))) {
            // given
            TenantSteps a = TenantSteps.signUp(server, "a-owner");
            TenantSteps b = TenantSteps.signUp(server, "b-owner");
            String workspaceA = workspaceOf(server, a);
            String workspaceB = workspaceOf(server, b);
            String hookA = (String) a.map(a.api().postJson("/api/v1/webhooks", body(workspaceA, receiver.url())))
                    .get("id");
            String hookB = (String) b.map(b.api().postJson("/api/v1/webhooks", body(workspaceB, receiver.url())))
                    .get("id");
            String botA = a.createBot();
            a.addAndAwait(botA, "{\"type\":\"text\",\"title\":\"T\",\"text\":\"Some text.\"}");
            String deliveryA = (String) awaitDelivery(a, hookA, d -> "succeeded".equals(d.get("status")))
                    .get(0)
                    .get("id");

            // when / then: private and metadata addresses are refused at registration, with a reason
            for (String url :
                    List.of("http://10.0.0.5/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook")) {
                HttpResponse<String> refused = a.api().postJson("/api/v1/webhooks", body(workspaceA, url));
                assertThat(refused.statusCode()).as(url).isEqualTo(400);
                assertThat(refused.headers().firstValue("content-type"))
                        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                assertThat(refused.body()).contains("validation_failed", "blocked_by_ssrf_guard");
            }
            HttpResponse<String> unknown = a.api()
                    .postJson(
                            "/api/v1/webhooks",
                            "{\"workspaceId\":\"" + workspaceA + "\",\"url\":\"" + receiver.url()
                                    + "\",\"events\":[\"lead.deleted\"]}");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("unknown event type: lead.deleted");

            // and another tenant's ids are not found
            assertThat(b.api().get("/api/v1/webhooks/" + hookA + "/deliveries").statusCode())
                    .isEqualTo(404);
            assertThat(b.api()
                            .postJson("/api/v1/webhooks/" + hookB + "/deliveries/" + deliveryA + "/replay", "{}")
                            .statusCode())
                    .isEqualTo(404);
            assertThat(b.api()
                            .postJson("/api/v1/webhooks", body(workspaceA, receiver.url()))
                            .statusCode())
                    .isEqualTo(404);
            assertThat(b.api().call("DELETE", "/api/v1/webhooks/" + hookA, null).statusCode())
                    .isEqualTo(404);
            assertThat(a.api().get("/api/v1/webhooks/" + hookA + "/deliveries").body())
                    .contains(deliveryA);
            assertThat(b.api().get("/api/v1/webhooks").body()).doesNotContain(hookA);
        }
    }

    private static Map<String, Object> settings(WebhookReceiver receiver) {
        return Map.of(
                "cairn.fetch.allowed-ports", List.of(80, 443, receiver.port()),
                "cairn.fetch.trusted-targets", List.of(receiver.target()),
                "cairn.jobs.backoff", "1s",
                "cairn.jobs.backoff-multiplier", "1",
                "cairn.jobs.polling-interval", "100ms");
    }

    private static String body(String workspace, String url) {
        return "{\"workspaceId\":\"" + workspace + "\",\"url\":\"" + url + "\",\"events\":[\"source.sync.completed\"]}";
    }

    private static String workspaceOf(RunningServer server, TenantSteps tenant) throws Exception {
        return (String)
                ((Map<?, ?>) server.map(tenant.api().get("/api/v1/me").body()).get("workspace")).get("id");
    }

    /** Polls the endpoint's newest delivery until it matches; answers every state seen on the way, in order. */
    private static List<Map<String, Object>> awaitDelivery(
            TenantSteps tenant, String webhook, java.util.function.Predicate<Map<String, Object>> done)
            throws Exception {
        List<Map<String, Object>> seen = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            HttpResponse<String> page = tenant.api().get("/api/v1/webhooks/" + webhook + "/deliveries");
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items =
                    (List<Map<String, Object>>) tenant.map(page).get("items");
            if (!items.isEmpty()) {
                seen.add(items.get(0));
                if (done.test(items.get(0))) {
                    return seen;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the delivery never got there: " + seen);
    }
}
