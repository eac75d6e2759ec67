package io.cairn.adapter.in.http.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.in.http.fixtures.Api;
import io.cairn.adapter.in.http.fixtures.FakeWidget;
import io.cairn.adapter.in.http.fixtures.SseEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class WidgetControllerTest {

    private static final String SHOP = "https://shop.example";
    private static final String EVIL = "https://evil.example";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    FakeWidget widget;

    private Api api;
    private String token;
    private Map<String, Object> bot;
    private String publicKey;

    @BeforeEach
    void setUp() {
        api = new Api(server, json);
        token = api.accessToken();
        bot = api.map(api.post(
                "/api/v1/bots",
                token,
                Map.of("name", "Shop helper", "allowedOrigins", List.of(SHOP), "instructions", "Internal only")));
        publicKey = (String) bot.get("publicKey");
        widget.limitAfter(-1);
    }

    @AfterEach
    void liftLimits() {
        widget.limitAfter(-1);
    }

    @Test
    void should_answer_the_preflight_with_the_origin_itself_when_it_is_allowed() {
        // when
        Api.Reply reply = preflight("/widget/" + publicKey + "/chat", SHOP);
        // then
        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).contains(SHOP);
        assertThat(reply.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
                .contains("POST");
        assertThat(reply.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
                .containsIgnoringCase("content-type");
        assertThat(reply.headers().allValues("Vary"))
                .anySatisfy(v -> assertThat(v).containsIgnoringCase("origin"));
    }

    @Test
    void should_refuse_the_preflight_without_any_cors_header_when_the_origin_is_foreign() {
        // when
        Api.Reply reply = preflight("/widget/" + publicKey + "/config", EVIL);
        // then
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.headers().map().keySet())
                .noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
    }

    @Test
    void should_show_how_to_render_the_bot_and_nothing_internal_when_the_origin_is_allowed() {
        // when
        Api.Reply reply = get("/widget/" + publicKey + "/config", SHOP);
        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).contains(SHOP);
        Map<String, Object> config = api.map(reply);
        assertThat(config)
                .containsOnlyKeys(
                        "name",
                        "welcomeMessage",
                        "suggestedQuestions",
                        "fallbackMessage",
                        "theme",
                        "leadForm",
                        "identityRequired")
                .containsEntry("name", "Shop helper")
                .containsEntry("identityRequired", false);
        assertThat(reply.body())
                .doesNotContain((String) bot.get("id"))
                .doesNotContain("Internal only")
                .doesNotContain(SHOP);
    }

    @Test
    void should_refuse_with_403_and_no_cors_header_when_the_origin_is_missing_or_foreign() {
        // when
        Api.Reply foreign = get("/widget/" + publicKey + "/config", EVIL);
        Api.Reply missing = get("/widget/" + publicKey + "/config", null);
        Api.Reply chat = postChat(publicKey, EVIL, Map.of("message", "hi"), "application/json");
        // then
        for (Api.Reply reply : List.of(foreign, missing, chat)) {
            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }
    }

    @Test
    void should_not_find_a_bot_when_the_publishable_key_is_unknown() {
        // when
        Api.Reply reply = get("/widget/pk_unknown/config", SHOP);
        // then
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void should_answer_with_citations_as_json_or_as_events_like_the_private_chat() {
        // when
        Api.Reply asJson = postChat(publicKey, SHOP, Map.of("message", "Capital of France?"), "application/json");
        Api.Reply asEvents = postChat(publicKey, SHOP, Map.of("message", "Capital of France?"), "text/event-stream");
        // then
        assertThat(asJson.status()).isEqualTo(200);
        assertThat(asJson.headers().firstValue("Access-Control-Allow-Origin")).contains(SHOP);
        Map<String, Object> answer = api.map(asJson);
        assertThat(Api.objects(answer.get("citations"))).isNotEmpty();
        assertThat(answer.get("conversationId")).isNotNull();
        assertThat(asEvents.status()).isEqualTo(200);
        assertThat(asEvents.headers().firstValue("Access-Control-Allow-Origin")).contains(SHOP);
        assertThat(SseEvent.parse(asEvents.body()))
                .extracting(SseEvent::name)
                .containsExactly("meta", "token", "token", "token", "citations", "done");
    }

    @Test
    void should_refuse_a_wrong_identity_with_401_the_widget_can_read_when_the_bot_verifies_identities() {
        // given
        String verifying = (String) api.map(api.post(
                        "/api/v1/bots",
                        token,
                        Map.of("name", "Members", "allowedOrigins", List.of(SHOP), "identityVerification", true)))
                .get("publicKey");
        // when
        Api.Reply wrong = postChat(
                verifying, SHOP, Map.of("message", "hi", "userId", "u-1", "userHash", "bad"), "text/event-stream");
        Api.Reply right = postChat(
                verifying,
                SHOP,
                Map.of("message", "hi", "userId", "u-1", "userHash", FakeWidget.GOOD_HASH),
                "application/json");
        // then
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(api.map(wrong)).containsEntry("code", "invalid_visitor_identity");
        assertThat(wrong.headers().firstValue("Access-Control-Allow-Origin")).contains(SHOP);
        assertThat(right.status()).isEqualTo(200);
    }

    @Test
    void should_answer_429_with_retry_after_in_whole_seconds_when_the_visitor_floods() {
        // given
        widget.limitAfter(1);
        postChat(publicKey, SHOP, Map.of("message", "first"), "application/json");
        // when
        Api.Reply flooded = postChat(publicKey, SHOP, Map.of("message", "second"), "text/event-stream");
        // then
        assertThat(flooded.status()).isEqualTo(429);
        assertThat(flooded.contentType()).startsWith("application/problem+json");
        assertThat(flooded.headers().firstValue("Retry-After")).contains("42");
        assertThat(api.map(flooded)).containsEntry("code", "rate_limited").containsEntry("status", 429);
        assertThat(flooded.headers().firstValue("Access-Control-Allow-Origin")).contains(SHOP);
        assertThat(flooded.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                .containsIgnoringCase("retry-after");
    }

    @Test
    void should_limit_the_private_chat_too_when_a_member_floods() {
        // given
        String chat = "/api/v1/bots/" + bot.get("id") + "/chat";
        widget.limitAfter(0);
        // when
        Api.Reply flooded = api.post(chat, token, Map.of("message", "again"));
        // then
        assertThat(flooded.status()).isEqualTo(429);
        assertThat(flooded.headers().firstValue("Retry-After")).contains("42");
        assertThat(widget.lastClientAddress()).isNotBlank();
    }

    @Test
    void should_refuse_a_publishable_key_as_bearer_on_every_api_route() {
        // when
        Api.Reply bots = api.get("/api/v1/bots", publicKey);
        Api.Reply chat = api.post("/api/v1/bots/" + bot.get("id") + "/chat", publicKey, Map.of("message", "hi"));
        Api.Reply login = api.post(
                "/api/v1/auth/login", publicKey, Map.of("email", "a@example.com", "password", "whatever-long"));
        // then
        for (Api.Reply reply : List.of(bots, chat, login)) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void should_take_the_servers_own_origin_when_a_same_origin_browser_request_carries_none() {
        // given a bot that allows this server's own origin (the playground), and one that does not
        String self = "http://" + server.getHost() + ":" + server.getPort();
        String playgroundKey = (String) api.map(api.post(
                        "/api/v1/bots", token, Map.of("name", "Playground bot", "allowedOrigins", List.of(self))))
                .get("publicKey");

        // when
        Api.Reply sameOrigin = fetchWithoutOrigin(playgroundKey, "same-origin");
        Api.Reply crossSite = fetchWithoutOrigin(playgroundKey, "cross-site");
        Api.Reply notAllowed = fetchWithoutOrigin(publicKey, "same-origin");

        // then
        assertThat(sameOrigin.status()).isEqualTo(200);
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(notAllowed.status()).isEqualTo(403);
    }

    private Api.Reply fetchWithoutOrigin(String key, String fetchSite) {
        return api.send(api.request("/widget/" + key + "/config", null)
                .header("Sec-Fetch-Site", fetchSite)
                .GET());
    }

    private Api.Reply preflight(String path, String origin) {
        return api.send(api.request(path, null)
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private Api.Reply get(String path, String origin) {
        HttpRequest.Builder request = api.request(path, null).GET();
        return api.send(origin == null ? request : request.header("Origin", origin));
    }

    private Api.Reply postChat(String key, String origin, Map<String, Object> body, String accept) {
        return api.send(api.request("/widget/" + key + "/chat", null)
                .header("Origin", origin)
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(api.write(body))));
    }
}
