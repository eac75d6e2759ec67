package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.jdbc.DataSourceResolver;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Payment webhooks from Polar.sh and Stripe against the real server over HTTP, signed here as each provider's
 * documentation says: forged and stale deliveries change nothing, ten simultaneous deliveries of one event have
 * one effect, and events delivered out of order leave the organization in the provider's latest state.
 */
abstract class PaymentWebhooksContract extends ServerContract {

    private static final byte[] POLAR_KEY = "polar-integration-test-key-bytes".getBytes(StandardCharsets.UTF_8);
    private static final String POLAR_SECRET = "whsec_" + Base64.getEncoder().encodeToString(POLAR_KEY);
    private static final String STRIPE_SECRET = "whsec_stripe_integration_test";

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer polarApi;
    private volatile String polarApiBody;

    /** The two providers, each with its own payload shape and signature scheme. */
    enum Provider {
        POLAR,
        STRIPE
    }

    @BeforeAll
    void start() throws Exception {
        polarApi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        polarApi.createContext("/v1/checkouts/", exchange -> {
            polarApiBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] answer = "{\"id\":\"co_1\",\"url\":\"https://polar.example/checkout/co_1\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(201, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        polarApi.start();
        startServer(Map.of(
                "cairn.payments.polar.webhook-secret", POLAR_SECRET,
                "cairn.payments.polar.access-token", "polar_oat_it",
                "cairn.payments.polar.api-base-url",
                        "http://127.0.0.1:" + polarApi.getAddress().getPort(),
                "cairn.payments.polar.products.pro", "prod_pro",
                "cairn.payments.stripe.webhook-secret", STRIPE_SECRET,
                "cairn.payments.stripe.prices.pro", "price_pro",
                "cairn.payments.success-url", "https://cairn.example/billing/done"));
    }

    @AfterAll
    void stopProviderApi() {
        polarApi.stop(0);
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void should_answer_401_and_change_nothing_when_the_signature_is_bad(Provider provider) throws Exception {
        // given
        Tenant tenant = signUp();
        String event = eventId(provider);
        String body = body(provider, event, "sub_" + UUID.randomUUID(), tenant.orgId, "active", Instant.now());
        Map<String, String> headers = sign(provider, event, Instant.now(), body);
        String tampered = body.replace("\"active\"", "\"trialing\"");

        // when
        HttpResponse<String> response = deliver(provider, headers, tampered);

        // then
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":\"webhook_signature_invalid\"");
        assertThat(recordedEvents(provider, event)).isZero();
        assertThat(tenant.plan()).isEqualTo("free");
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void should_refuse_and_change_nothing_when_the_timestamp_is_six_minutes_old(Provider provider) throws Exception {
        // given
        Tenant tenant = signUp();
        String event = eventId(provider);
        Instant sixMinutesAgo = Instant.now().minus(Duration.ofMinutes(6));
        String body = body(provider, event, "sub_" + UUID.randomUUID(), tenant.orgId, "active", sixMinutesAgo);

        // when
        HttpResponse<String> response = deliver(provider, sign(provider, event, sixMinutesAgo, body), body);

        // then
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":\"webhook_timestamp_stale\"");
        assertThat(recordedEvents(provider, event)).isZero();
        assertThat(tenant.plan()).isEqualTo("free");
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void should_have_exactly_one_effect_when_one_event_arrives_ten_times_at_once(Provider provider) throws Exception {
        // given
        Tenant tenant = signUp();
        String event = eventId(provider);
        String subscription = "sub_" + UUID.randomUUID();
        String body = body(provider, event, subscription, tenant.orgId, "active", Instant.now());
        Map<String, String> headers = sign(provider, event, Instant.now(), body);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(10);

        // when
        List<Future<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pending.add(threads.submit(() -> {
                go.await();
                return deliver(provider, headers, body);
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<HttpResponse<String>> response : pending) {
            assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(200);
            outcomes.add((String) server.map(response.get().body()).get("outcome"));
        }
        threads.shutdown();

        // then
        assertThat(outcomes).containsOnlyOnce("applied").containsOnly("applied", "duplicate");
        assertThat(recordedEvents(provider, event)).isEqualTo(1);
        assertThat(subscriptionStatus(provider, subscription)).isEqualTo("active");
        assertThat(tenant.plan()).isEqualTo("pro");
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void should_end_canceled_on_free_when_the_newer_cancellation_arrives_before_the_older_activation(Provider provider)
            throws Exception {
        // given
        Tenant tenant = signUp();
        String subscription = "sub_" + UUID.randomUUID();
        Instant activatedAt = Instant.now().minusSeconds(120);
        Instant canceledAt = Instant.now().minusSeconds(10);

        // when
        String canceled = deliverSigned(provider, subscription, tenant.orgId, "canceled", canceledAt);
        String active = deliverSigned(provider, subscription, tenant.orgId, "active", activatedAt);

        // then
        assertThat(canceled).isEqualTo("applied");
        assertThat(active).isEqualTo("outdated");
        assertThat(subscriptionStatus(provider, subscription)).isEqualTo("canceled");
        assertThat(tenant.plan()).isEqualTo("free");
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void should_end_canceled_on_free_when_activation_and_cancellation_arrive_in_order(Provider provider)
            throws Exception {
        // given
        Tenant tenant = signUp();
        String subscription = "sub_" + UUID.randomUUID();
        String active = deliverSigned(
                provider, subscription, tenant.orgId, "active", Instant.now().minusSeconds(120));
        String planWhileActive = tenant.plan();

        // when
        String canceled = deliverSigned(
                provider, subscription, tenant.orgId, "canceled", Instant.now().minusSeconds(10));

        // then
        assertThat(List.of(active, canceled)).containsExactly("applied", "applied");
        assertThat(planWhileActive).isEqualTo("pro");
        assertThat(subscriptionStatus(provider, subscription)).isEqualTo("canceled");
        assertThat(tenant.plan()).isEqualTo("free");
    }

    @Test
    void should_give_an_owner_the_providers_checkout_page_for_their_organization() throws Exception {
        // given
        Tenant tenant = signUp();

        // when
        HttpResponse<String> response = tenant.api.postJson("/api/v1/billing/checkout", "{\"plan\":\"pro\"}");

        // then
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(server.map(response.body())).containsEntry("url", "https://polar.example/checkout/co_1");
        assertThat(polarApiBody).contains("\"prod_pro\"").contains(tenant.orgId);
    }

    @Test
    void should_refuse_a_plan_that_is_not_sold_when_asked_for_a_checkout() throws Exception {
        // given
        Tenant tenant = signUp();

        // when
        HttpResponse<String> response = tenant.api.postJson("/api/v1/billing/checkout", "{\"plan\":\"platinum\"}");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":\"validation_failed\"");
    }

    @Test
    void should_answer_404_when_the_route_names_an_unknown_provider() throws Exception {
        // when
        HttpResponse<String> response = deliver("/billing/webhooks/paypal", Map.of(), "{}");

        // then
        assertThat(response.statusCode()).isEqualTo(404);
    }

    // --- the providers, as their documentation describes them ---

    private String deliverSigned(Provider provider, String subscription, String org, String status, Instant at)
            throws Exception {
        String event = eventId(provider);
        String body = body(provider, event, subscription, org, status, at);
        HttpResponse<String> response = deliver(provider, sign(provider, event, Instant.now(), body), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (String) server.map(response.body()).get("outcome");
    }

    private static String eventId(Provider provider) {
        return (provider == Provider.POLAR ? "msg_" : "evt_") + UUID.randomUUID();
    }

    /** A subscription event, pretty-printed: the signature covers these exact bytes, whitespace and all. */
    private static String body(
            Provider provider, String event, String subscription, String org, String status, Instant at) {
        if (provider == Provider.POLAR) {
            return "{\n  \"type\": \"subscription.updated\",\n  \"timestamp\": \"" + at + "\",\n  \"data\": {\n"
                    + "    \"id\": \"" + subscription + "\",\n    \"status\": \"" + status + "\",\n"
                    + "    \"product_id\": \"prod_pro\",\n    \"modified_at\": \"" + at + "\",\n"
                    + "    \"current_period_start\": \"" + at + "\",\n"
                    + "    \"metadata\": { \"organization_id\": \"" + org + "\" }\n  }\n}\n";
        }
        return "{\n  \"id\": \"" + event + "\",\n  \"object\": \"event\",\n"
                + "  \"type\": \"customer.subscription.updated\",\n  \"created\": " + at.getEpochSecond() + ",\n"
                + "  \"data\": { \"object\": {\n    \"id\": \"" + subscription + "\",\n"
                + "    \"status\": \"" + status + "\",\n"
                + "    \"metadata\": { \"organization_id\": \"" + org + "\" },\n"
                + "    \"items\": { \"data\": [ { \"price\": { \"id\": \"price_pro\" },"
                + " \"current_period_start\": " + at.getEpochSecond() + " } ] }\n  } }\n}\n";
    }

    private static Map<String, String> sign(Provider provider, String event, Instant at, String body) throws Exception {
        long seconds = at.getEpochSecond();
        if (provider == Provider.POLAR) {
            byte[] signature = hmac(POLAR_KEY, event + "." + seconds + "." + body);
            return Map.of(
                    "webhook-id",
                    event,
                    "webhook-timestamp",
                    Long.toString(seconds),
                    "webhook-signature",
                    "v1," + Base64.getEncoder().encodeToString(signature));
        }
        byte[] signature = hmac(STRIPE_SECRET.getBytes(StandardCharsets.UTF_8), seconds + "." + body);
        return Map.of(
                "Stripe-Signature", "t=" + seconds + ",v1=" + HexFormat.of().formatHex(signature));
    }

    private static byte[] hmac(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> deliver(Provider provider, Map<String, String> headers, String body) throws Exception {
        return deliver("/billing/webhooks/" + provider.name().toLowerCase(), headers, body);
    }

    private HttpResponse<String> deliver(String path, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // --- what a user and the database see ---

    private record Tenant(ApiClient api, String orgId, RunningServer server) {
        String plan() throws Exception {
            Map<String, Object> me = server.map(api.get("/api/v1/me").body());
            return (String) ((Map<?, ?>) me.get("organization")).get("plan");
        }
    }

    private Tenant signUp() throws Exception {
        ApiClient api = new ApiClient(server.uri());
        Map<String, Object> signup = server.map(api.postJson(
                        "/api/v1/auth/signup",
                        "{\"email\":\"" + UUID.randomUUID() + "@payments.test\",\"password\":\"correct horse battery\","
                                + "\"organizationName\":\"Buyer\"}")
                .body());
        api.bearer((String) signup.get("accessToken"));
        return new Tenant(api, (String) ((Map<?, ?>) signup.get("organization")).get("id"), server);
    }

    private int recordedEvents(Provider provider, String event) throws Exception {
        return query(
                "SELECT count(*) FROM payment_events WHERE provider = ? AND event_id = ?",
                provider.name().toLowerCase(),
                event,
                rows -> rows.next() ? rows.getInt(1) : 0);
    }

    private String subscriptionStatus(Provider provider, String subscription) throws Exception {
        return query(
                "SELECT status FROM subscriptions WHERE provider = ? AND subscription_id = ?",
                provider.name().toLowerCase(),
                subscription,
                rows -> rows.next() ? rows.getString(1) : null);
    }

    private interface RowReader<T> {
        T read(ResultSet rows) throws Exception;
    }

    private <T> T query(String sql, String first, String second, RowReader<T> reader) throws Exception {
        DataSource pool = server.context()
                .getBean(DataSourceResolver.class)
                .resolve(server.context().getBean(DataSource.class));
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (c.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")) {
                    // Row-level security: the test reads across tenants, as the webhook handler writes.
                    try (var system = c.prepareStatement("SELECT set_config('cairn.tenant', '*', true)")) {
                        system.execute();
                    }
                }
                try (PreparedStatement statement = c.prepareStatement(sql)) {
                    statement.setString(1, first);
                    statement.setString(2, second);
                    try (ResultSet rows = statement.executeQuery()) {
                        return reader.read(rows);
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
