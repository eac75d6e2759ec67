package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The widget's public surface over real HTTP: origins on the bot's allow-list only, a publishable key that opens
 * nothing but its own bot's widget, signed visitor identities, and layered rate limits (made small through server
 * properties) that answer a flood with 429 and {@code Retry-After}. Each subclass runs it on one storage backend.
 */
abstract class WidgetSecurityContract extends ServerContract {

    private static final String SHOP = "https://shop.example";
    private static final String EVIL = "https://evil.example";
    private static final int VISITOR_LIMIT = 6;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ApiClient api;
    private String telescopeBot;
    private String telescopeKey;

    @BeforeAll
    void start_server_with_small_limits_and_a_bot_that_knows_a_pdf() throws Exception {
        Map<String, Object> properties = new HashMap<>();
        properties.put("cairn.rate-limits.free.visitor.requests", VISITOR_LIMIT);
        properties.put("cairn.rate-limits.free.visitor.period", "1h");
        properties.put("cairn.rate-limits.free.bot.requests", 100);
        properties.put("cairn.rate-limits.free.organization.requests", 1_000);
        startServer(properties);
        api = new ApiClient(server.uri());
        var signup = api.postJson(
                "/api/v1/auth/signup",
                "{\"email\":\"owner@shop.example\",\"password\":\"correct horse battery\",\"organizationName\":\"Shop\"}");
        assertThat(signup.statusCode()).isEqualTo(201);
        api.bearer((String) server.map(signup.body()).get("accessToken"));

        Map<String, Object> bot = createBot("Telescope helper", SHOP, false);
        telescopeBot = (String) bot.get("id");
        telescopeKey = (String) bot.get("publicKey");
        var upload = api.upload(
                "/api/v1/bots/" + telescopeBot + "/sources/files",
                "aurora-telescope.pdf",
                "application/pdf",
                Fixtures.pdf(
                        "Aurora-7 telescope",
                        "The Aurora-7 telescope has a primary mirror of 4.2 metres.",
                        "Its mirror surface is polished to an accuracy of twelve nanometres."));
        assertThat(upload.statusCode()).isEqualTo(202);
        awaitReady(telescopeBot, (String) server.map(upload.body()).get("id"));
    }

    @Test
    void should_refuse_an_origin_that_is_not_on_the_list_and_send_no_cors_headers() throws Exception {
        // when
        var preflight = widget("OPTIONS", telescopeKey, "/chat", EVIL, null, null);
        var config = widget("GET", telescopeKey, "/config", EVIL, null, null);
        var chat = widget(
                "POST",
                telescopeKey,
                "/chat",
                EVIL,
                "{\"message\":\"How is the mirror polished?\"}",
                "application/json");
        var noOrigin = widget("POST", telescopeKey, "/chat", null, "{\"message\":\"Hello?\"}", "application/json");
        // then
        for (var response : List.of(preflight, config, chat, noOrigin)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("content-type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(response.headers().map().keySet())
                    .noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
        }
    }

    @Test
    void should_give_the_listed_origin_a_grounded_answer_with_citations_and_keep_the_conversation() throws Exception {
        // given
        var preflight = widget("OPTIONS", telescopeKey, "/chat", SHOP, null, null);
        var config = widget("GET", telescopeKey, "/config", SHOP, null, null);
        // when
        var first = widget(
                "POST",
                telescopeKey,
                "/chat",
                SHOP,
                "{\"message\":\"How accurately is the Aurora-7 mirror polished?\"}",
                "application/json");
        Map<String, Object> answer = server.map(first.body());
        var second = widget(
                "POST",
                telescopeKey,
                "/chat",
                SHOP,
                "{\"message\":\"How large is the primary mirror?\",\"conversationId\":\"" + answer.get("conversationId")
                        + "\"}",
                "application/json");
        // then
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("access-control-allow-origin"))
                .contains(SHOP);
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(server.map(config.body()))
                .containsEntry("name", "Telescope helper")
                .doesNotContainKey("id");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("access-control-allow-origin")).contains(SHOP);
        assertThat(answer.get("answered")).isEqualTo(true);
        assertThat((String) answer.get("answer")).containsIgnoringCase("twelve nanometres");
        assertThat(server.list(answer.get("citations"))).isNotEmpty().allSatisfy(c -> assertThat(c.get("url"))
                .isEqualTo("aurora-telescope.pdf"));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(server.map(second.body()).get("conversationId")).isEqualTo(answer.get("conversationId"));
    }

    @Test
    void should_keep_a_publishable_key_away_from_the_api_and_from_other_bots() throws Exception {
        // given
        Map<String, Object> other = createBot("Other shop", "https://other.example", false);
        String otherKey = (String) other.get("publicKey");
        var conversation = widget(
                "POST", telescopeKey, "/chat", SHOP, "{\"message\":\"What is the mirror size?\"}", "application/json");
        String telescopeConversation = (String) server.map(conversation.body()).get("conversationId");
        ApiClient withPublishableKey = new ApiClient(server.uri());
        withPublishableKey.bearer(telescopeKey);
        // when
        var listBots = withPublishableKey.get("/api/v1/bots");
        var readBot = withPublishableKey.get("/api/v1/bots/" + telescopeBot);
        var privateChat = withPublishableKey.postJson("/api/v1/bots/" + telescopeBot + "/chat", "{\"message\":\"hi\"}");
        var otherBotFromShop = widget("GET", otherKey, "/config", SHOP, null, null);
        var borrowedConversation = widget(
                "POST",
                otherKey,
                "/chat",
                "https://other.example",
                "{\"message\":\"hi\",\"conversationId\":\"" + telescopeConversation + "\"}",
                "application/json");
        // then
        assertThat(List.of(listBots, readBot, privateChat))
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(401));
        assertThat(otherBotFromShop.statusCode()).isEqualTo(403);
        assertThat(borrowedConversation.statusCode()).isEqualTo(404);
    }

    @Test
    void should_refuse_a_wrong_identity_hash_and_accept_the_backends_signature_when_verification_is_on()
            throws Exception {
        // given
        Map<String, Object> bot = createBot("Members only", SHOP, true);
        String key = (String) bot.get("publicKey");
        String secret = (String) bot.get("identitySecret");
        String rightHash = hmacHex(secret, "customer-42");
        // when
        var missing = widget(
                "POST", key, "/chat", SHOP, "{\"message\":\"hi\",\"userId\":\"customer-42\"}", "application/json");
        var wrong = widget(
                "POST",
                key,
                "/chat",
                SHOP,
                "{\"message\":\"hi\",\"userId\":\"customer-42\",\"userHash\":\"" + hmacHex(secret, "customer-43")
                        + "\"}",
                "text/event-stream");
        var right = widget(
                "POST",
                key,
                "/chat",
                SHOP,
                "{\"message\":\"hi\",\"userId\":\"customer-42\",\"userHash\":\"" + rightHash + "\"}",
                "application/json");
        // then
        assertThat(secret).hasSize(64);
        for (var refused : List.of(missing, wrong)) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(server.map(refused.body())).containsEntry("code", "invalid_visitor_identity");
        }
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(server.map(right.body()).get("conversationId")).isNotNull();
    }

    @Test
    void should_answer_a_flood_with_429_and_retry_after_on_the_widget_and_on_the_private_chat() throws Exception {
        // given
        Map<String, Object> bot = createBot("Flooded", SHOP, false);
        String key = (String) bot.get("publicKey");
        for (int i = 0; i < VISITOR_LIMIT; i++) {
            var admitted = widget("POST", key, "/chat", SHOP, "{\"message\":\"hello " + i + "\"}", "application/json");
            assertThat(admitted.statusCode()).as("message %d", i).isEqualTo(200);
        }
        for (int i = 0; i < VISITOR_LIMIT; i++) {
            api.postJson("/api/v1/bots/" + bot.get("id") + "/chat", "{\"message\":\"hello " + i + "\"}");
        }
        // when
        var widgetFlood = widget("POST", key, "/chat", SHOP, "{\"message\":\"one more\"}", "text/event-stream");
        var privateFlood = api.postJson("/api/v1/bots/" + bot.get("id") + "/chat", "{\"message\":\"one more\"}");
        // then
        for (var flooded : List.of(widgetFlood, privateFlood)) {
            assertThat(flooded.statusCode()).isEqualTo(429);
            assertThat(flooded.headers().firstValue("content-type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(server.map(flooded.body())).containsEntry("code", "rate_limited");
            long retryAfter =
                    Long.parseLong(flooded.headers().firstValue("retry-after").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 3_600L);
        }
        assertThat(widgetFlood.headers().firstValue("access-control-allow-origin"))
                .contains(SHOP);
    }

    private Map<String, Object> createBot(String name, String origin, boolean identityVerification) throws Exception {
        var created = api.postJson(
                "/api/v1/bots",
                "{\"name\":\"" + name + "\",\"allowedOrigins\":[\"" + origin + "\"],\"identityVerification\":"
                        + identityVerification + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return server.map(created.body());
    }

    /** A browser's request to the widget: the Origin it would send, and no credentials at all. */
    private HttpResponse<String> widget(
            String method, String key, String route, String origin, String json, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.uri() + "/widget/" + key + route))
                .timeout(Duration.ofSeconds(120));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (method.equals("OPTIONS")) {
            request.header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type");
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpRequest.BodyPublisher body =
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        return http.send(request.method(method, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the site's backend computes: hex HMAC-SHA256 of the user id under the bot's identity secret. */
    private static String hmacHex(String secret, String userId) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(userId.getBytes(StandardCharsets.UTF_8)));
    }

    private void awaitReady(String botId, String sourceId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            Object status = server.map(api.get("/api/v1/bots/" + botId + "/sources/" + sourceId)
                            .body())
                    .get("status");
            if ("ready".equals(status)) {
                return;
            }
            assertThat(status).isNotEqualTo("failed");
            Thread.sleep(200);
        }
        throw new AssertionError("source " + sourceId + " did not become ready in time");
    }
}
