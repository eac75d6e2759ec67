package io.cairn.adapter.in.http.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.in.http.fixtures.Api;
import io.cairn.adapter.in.http.fixtures.FakeBots;
import io.cairn.adapter.in.http.fixtures.TestTokens;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class BotControllerTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    FakeBots bots;

    private static final String JWT_SECRET = "test-only-secret-0123456789-abcdefghijklmnopqrstuvwxyz";

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server, json);
    }

    @Test
    void should_list_the_new_bot_when_a_user_signs_up_and_creates_one() {
        // given
        String token = api.accessToken();

        // when
        Api.Reply created = api.post(
                "/api/v1/bots", token, Map.of("name", "Support", "retrieval", Map.of("mode", "keyword", "topK", 8)));
        Api.Reply listed = api.get("/api/v1/bots", token);

        // then
        assertThat(created.status()).isEqualTo(201);
        Map<String, Object> bot = api.map(created);
        assertThat(bot.get("publicKey").toString()).startsWith("pk_");
        assertThat(Api.object(bot.get("retrieval")))
                .containsEntry("mode", "keyword")
                .containsEntry("topK", 8);
        assertThat(listed.status()).isEqualTo(200);
        Map<String, Object> page = api.map(listed);
        assertThat(page).containsKey("nextCursor");
        assertThat(page.get("nextCursor")).isNull();
        assertThat(Api.objects(page.get("items"))).extracting(b -> b.get("id")).containsExactly(bot.get("id"));
        assertThat(bots.lastThread())
                .as("use cases block, so never on the event loop")
                .doesNotContainIgnoringCase("eventloop");
    }

    @Test
    void should_page_with_a_cursor_when_there_are_more_bots_than_the_limit() {
        // given
        String token = api.accessToken();
        for (String name : List.of("One", "Two", "Three")) {
            api.post("/api/v1/bots", token, Map.of("name", name));
        }

        // when
        Map<String, Object> first = api.map(api.get("/api/v1/bots?limit=2", token));
        Map<String, Object> second = api.map(api.get("/api/v1/bots?limit=2&cursor=" + first.get("nextCursor"), token));

        // then
        assertThat(Api.objects(first.get("items")))
                .extracting(b -> b.get("name"))
                .containsExactly("One", "Two");
        assertThat(Api.objects(second.get("items")))
                .extracting(b -> b.get("name"))
                .containsExactly("Three");
        assertThat(second.get("nextCursor")).isNull();
    }

    @Test
    void should_merge_only_given_fields_when_patching() {
        // given
        String token = api.accessToken();
        Map<String, Object> bot = api.map(api.post(
                "/api/v1/bots",
                token,
                Map.of(
                        "name", "Support",
                        "welcomeMessage", "Hello!",
                        "model", Map.of("temperature", 0.5, "maxTokens", 500))));

        // when
        Api.Reply patched =
                api.patch("/api/v1/bots/" + bot.get("id"), token, Map.of("model", Map.of("temperature", 0.9)));

        // then
        assertThat(patched.status()).isEqualTo(200);
        Map<String, Object> after = api.map(patched);
        assertThat(after).containsEntry("name", "Support").containsEntry("welcomeMessage", "Hello!");
        assertThat(Api.object(after.get("model")))
                .containsEntry("temperature", 0.9)
                .containsEntry("maxTokens", 500);
    }

    @Test
    void should_ignore_server_owned_fields_when_a_body_carries_them() {
        // given
        String token = api.accessToken();
        Map<String, Object> body = Map.of(
                "name", "Sneaky",
                "id", "00000000-0000-0000-0000-000000000001",
                "organizationId", "00000000-0000-0000-0000-000000000002",
                "publicKey", "pk_mine");

        // when
        Api.Reply created = api.post("/api/v1/bots", token, body);

        // then
        assertThat(created.status()).isEqualTo(201);
        Map<String, Object> bot = api.map(created);
        assertThat(bot.get("id")).isNotEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(bot.get("publicKey")).isNotEqualTo("pk_mine");
    }

    @Test
    void should_answer_404_when_the_bot_belongs_to_another_tenant() {
        // given
        String owner = api.accessToken();
        String stranger = api.accessToken();
        String id = (String)
                api.map(api.post("/api/v1/bots", owner, Map.of("name", "Mine"))).get("id");

        // when
        Api.Reply read = api.get("/api/v1/bots/" + id, stranger);
        Api.Reply deleted = api.delete("/api/v1/bots/" + id, stranger);

        // then
        assertThat(read.status()).isEqualTo(404);
        assertThat(deleted.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/bots/" + id, owner).status()).isEqualTo(200);
    }

    @Test
    void should_answer_204_and_forget_the_bot_when_deleting() {
        // given
        String token = api.accessToken();
        String id = (String)
                api.map(api.post("/api/v1/bots", token, Map.of("name", "Temp"))).get("id");

        // when
        Api.Reply deleted = api.delete("/api/v1/bots/" + id, token);

        // then
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/bots/" + id, token).status()).isEqualTo(404);
    }

    @Test
    void should_answer_400_with_errors_when_name_is_missing_or_origins_are_not_origins() {
        // given
        String token = api.accessToken();

        // when
        Api.Reply noName = api.post("/api/v1/bots", token, Map.of("instructions", "Be brief."));
        Api.Reply badOrigin = api.post(
                "/api/v1/bots", token, Map.of("name", "Widget", "allowedOrigins", List.of("javascript:alert(1)")));

        // then
        assertThat(noName.status()).isEqualTo(400);
        assertThat(Api.objects(api.map(noName).get("errors")))
                .extracting(e -> e.get("field"))
                .containsExactly("name");
        assertThat(badOrigin.status()).isEqualTo(400);
        assertThat(Api.objects(api.map(badOrigin).get("errors")))
                .extracting(e -> e.get("field"))
                .containsExactly("allowedOrigins");
    }

    @Test
    void should_return_the_account_when_me_is_asked_with_the_signup_token() {
        // given
        Map<String, Object> auth = api.signUp();

        // when
        Api.Reply me = api.get("/api/v1/me", (String) auth.get("accessToken"));

        // then
        assertThat(me.status()).isEqualTo(200);
        assertThat(Api.object(api.map(me).get("user")))
                .containsEntry("id", Api.object(auth.get("user")).get("id"));
        assertThat(api.post("/api/v1/auth/logout", (String) auth.get("accessToken"), Map.of())
                        .status())
                .isEqualTo(204);
    }

    @Test
    void should_show_the_identity_secret_to_owners_only_and_switch_verification_when_patched() {
        // given
        Map<String, Object> owner = api.signUp();
        String ownerToken = (String) owner.get("accessToken");
        String organization = (String) Api.object(owner.get("organization")).get("id");
        String viewerToken = TestTokens.hs256(
                JWT_SECRET,
                TestTokens.claims("access", "viewer").claim("org", organization).build());
        Map<String, Object> created = api.map(api.post("/api/v1/bots", ownerToken, Map.of("name", "Members")));
        String path = "/api/v1/bots/" + created.get("id");

        // when
        Map<String, Object> patched =
                api.map(api.patch(path, ownerToken, Map.of("identityVerification", true, "identitySecret", "mine")));
        Map<String, Object> seenByViewer = api.map(api.get(path, viewerToken));

        // then
        assertThat(created).containsEntry("identityVerification", false);
        assertThat((String) created.get("identitySecret")).hasSize(64);
        assertThat(patched)
                .containsEntry("identityVerification", true)
                .containsEntry("identitySecret", created.get("identitySecret"));
        assertThat(seenByViewer).containsEntry("identityVerification", true).containsEntry("identitySecret", null);
    }
}
