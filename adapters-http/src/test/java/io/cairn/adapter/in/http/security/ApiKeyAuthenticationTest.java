package io.cairn.adapter.in.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.in.http.fixtures.Api;
import io.cairn.adapter.in.http.fixtures.FakeApiKeys;
import io.cairn.adapter.in.http.fixtures.TestTokens;
import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.WorkspaceId;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class ApiKeyAuthenticationTest {

    private static final Map<String, Object> TEXT_SOURCE = Map.of("type", "text", "title", "FAQ", "text", "Hello.");

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    FakeApiKeys keys;

    @Property(name = "cairn.auth.jwt-secret")
    String secret;

    private Api api;
    private String ownerToken;
    private OrganizationId org;
    private WorkspaceId workspace;
    private String botId;

    @BeforeEach
    void setUp() {
        api = new Api(server, json);
        Map<String, Object> owner = api.signUp();
        ownerToken = (String) owner.get("accessToken");
        org = OrganizationId.parse(
                (String) Api.object(owner.get("organization")).get("id"));
        workspace =
                WorkspaceId.parse((String) Api.object(owner.get("workspace")).get("id"));
        botId = (String) api.map(api.post(
                        "/api/v1/bots", ownerToken, Map.of("name", "Helper", "workspaceId", workspace.toString())))
                .get("id");
    }

    @Test
    void should_chat_but_not_touch_sources_or_bots_when_the_key_has_only_the_chat_scope() {
        // given
        String key = keys.issue(org, workspace, Role.OWNER, ApiKeyScope.CHAT);
        // when
        Api.Reply chat = chat(key);
        Api.Reply addSource = api.post(sources(), key, TEXT_SOURCE);
        Api.Reply listBots = api.get("/api/v1/bots", key);
        // then
        assertThat(chat.status()).isEqualTo(200);
        assertThat(addSource.status()).isEqualTo(403);
        assertThat(addSource.contentType()).startsWith("application/problem+json");
        assertThat(listBots.status()).isEqualTo(403);
    }

    @Test
    void should_add_sources_but_not_chat_when_the_key_has_only_the_sources_scope() {
        // given
        String key = keys.issue(org, workspace, Role.OWNER, ApiKeyScope.SOURCES_WRITE);
        // when / then
        assertThat(api.post(sources(), key, TEXT_SOURCE).status()).isEqualTo(202);
        assertThat(chat(key).status()).isEqualTo(403);
    }

    @Test
    void should_reach_every_admin_route_when_the_key_has_the_admin_scope() {
        // given
        String key = keys.issue(org, workspace, Role.OWNER, ApiKeyScope.ADMIN);
        // when / then
        assertThat(api.get("/api/v1/bots", key).status()).isEqualTo(200);
        assertThat(api.post(sources(), key, TEXT_SOURCE).status()).isEqualTo(202);
        assertThat(chat(key).status()).isEqualTo(200);
    }

    @Test
    void should_answer_403_when_the_bot_is_in_another_workspace_than_the_key() {
        // given
        String key = keys.issue(org, WorkspaceId.random(), Role.OWNER, ApiKeyScope.CHAT);
        // when / then
        assertThat(chat(key).status()).isEqualTo(403);
    }

    @Test
    void should_act_no_higher_than_its_creator_when_the_creator_holds_a_weaker_role() {
        // given
        String key = keys.issue(org, workspace, Role.VIEWER, ApiKeyScope.SOURCES_WRITE);
        // when / then
        assertThat(api.post(sources(), key, TEXT_SOURCE).status()).isEqualTo(403);
    }

    @Test
    void should_answer_401_problem_when_the_key_is_unknown_or_malformed() {
        // when
        List<Api.Reply> replies = List.of(
                api.get("/api/v1/bots", "ck_" + "0".repeat(64)), api.get("/api/v1/bots", "ck_not-a-key"), chat("ck_"));
        // then
        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        });
    }

    @Test
    void should_show_the_key_once_and_stop_it_at_once_when_revoked() {
        // given
        Api.Reply created = api.post(
                "/api/v1/api-keys",
                ownerToken,
                Map.of("name", "CI", "workspaceId", workspace.toString(), "scopes", List.of("chat")));
        String key = (String) api.map(created).get("key");
        String id = (String) api.map(created).get("id");
        assertThat(chat(key).status()).isEqualTo(200);
        // when
        Api.Reply revoked = api.delete("/api/v1/api-keys/" + id, ownerToken);
        // then
        assertThat(created.status()).isEqualTo(201);
        assertThat(key).startsWith("ck_");
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(chat(key).status()).isEqualTo(401);
        Api.Reply listed = api.get("/api/v1/api-keys", ownerToken);
        assertThat(listed.body()).doesNotContain(key).contains(key.substring(0, 11));
        assertThat(Api.objects(api.map(listed).get("items")).get(0))
                .containsEntry("id", id)
                .containsEntry("scopes", List.of("chat"))
                .doesNotContainKey("key");
    }

    @Test
    void should_refuse_key_creation_when_the_caller_is_an_editor_or_a_key() {
        // given
        String editor = TestTokens.hs256(
                secret,
                TestTokens.claims("access", "editor")
                        .claim("org", org.toString())
                        .build());
        String adminKey = keys.issue(org, workspace, Role.OWNER, ApiKeyScope.ADMIN);
        Map<String, Object> body =
                Map.of("name", "CI", "workspaceId", workspace.toString(), "scopes", List.of("admin"));
        // when / then
        assertThat(api.post("/api/v1/api-keys", editor, body).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/api-keys", adminKey, body).status()).isEqualTo(403);
    }

    @Test
    void should_answer_400_when_a_scope_is_unknown() {
        // when
        Api.Reply reply = api.post(
                "/api/v1/api-keys",
                ownerToken,
                Map.of("name", "CI", "workspaceId", workspace.toString(), "scopes", List.of("root")));
        // then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(api.map(reply)).containsEntry("code", "validation_failed");
    }

    private Api.Reply chat(String key) {
        return api.send(api.request("/api/v1/bots/" + botId + "/chat", key)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(api.write(Map.of("message", "Hello?")))));
    }

    private String sources() {
        return "/api/v1/bots/" + botId + "/sources";
    }
}
