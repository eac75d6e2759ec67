package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.cairn.domain.tenant.Membership;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.User;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.out.persistence.MembershipRepository;
import io.cairn.ports.out.persistence.UserRepository;
import io.cairn.ports.out.security.PasswordHasherPort;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Tokens and keys against the real server, as an attacker and a client would use them: forged and misused JWTs,
 * refresh-token reuse, log-out, and API keys by scope, revocation and the removal of their creator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenSecurityIT {

    private static final String SECRET = RunningServer.JWT_SECRET;
    private static final String PASSWORD = "correct horse battery";

    private final HttpClient http = HttpClient.newHttpClient();
    private Path dir;
    private RunningServer server;
    private Map<String, Object> owner;
    private String ownerAccess;
    private String workspaceId;
    private String botId;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("cairn-tokens-it");
        server = new RunningServer(dir, Map.of());
        owner = json(send(
                "POST",
                "/api/v1/auth/signup",
                null,
                Map.of("email", "owner@tokens.test", "password", PASSWORD, "organizationName", "Tokens")));
        ownerAccess = (String) owner.get("accessToken");
        workspaceId = (String) ((Map<?, ?>) owner.get("workspace")).get("id");
        botId = (String) json(send("POST", "/api/v1/bots", ownerAccess, Map.of("name", "Support")))
                .get("id");
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void should_answer_401_on_me_for_every_forged_or_misused_token_but_200_for_the_real_one() throws Exception {
        // given
        JWTClaimsSet real = SignedJWT.parse(ownerAccess).getJWTClaimsSet();
        Instant past = Instant.now().minus(Duration.ofHours(2));
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("alg:none", new PlainJWT(real).serialize());
        forged.put("wrong key", hs256("another-secret-that-is-also-long-enough-for-hs256", real));
        forged.put(
                "expired",
                hs256(
                        SECRET,
                        new JWTClaimsSet.Builder(real)
                                .issueTime(Date.from(past))
                                .notBeforeTime(Date.from(past))
                                .expirationTime(Date.from(past.plus(Duration.ofMinutes(15))))
                                .build()));
        forged.put(
                "wrong aud",
                hs256(
                        SECRET,
                        new JWTClaimsSet.Builder(real)
                                .audience("another-service")
                                .build()));
        forged.put("refresh token as access token", (String) owner.get("refreshToken"));
        forged.put(
                "edited role claim",
                withPayload(
                        ownerAccess,
                        new JWTClaimsSet.Builder(real).claim("role", "admin").build()));
        // when
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Map.Entry<String, String> token : forged.entrySet()) {
            answers.put(
                    token.getKey(),
                    send("GET", "/api/v1/me", token.getValue(), null).statusCode());
        }
        // then
        assertThat(send("GET", "/api/v1/me", ownerAccess, null).statusCode()).isEqualTo(200);
        assertThat(answers)
                .hasSize(6)
                .allSatisfy((kind, status) -> assertThat(status).as(kind).isEqualTo(401));
    }

    @Test
    void should_revoke_the_whole_family_when_a_rotated_refresh_token_is_reused() throws Exception {
        // given
        String first = (String) logIn("owner@tokens.test").get("refreshToken");
        HttpResponse<String> rotated = refresh(first);
        String newest = (String) json(rotated).get("refreshToken");
        // when
        HttpResponse<String> reuse = refresh(first);
        // then
        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(reuse.statusCode()).isEqualTo(401);
        assertThat(reuse.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refresh(newest).statusCode()).isEqualTo(401);
    }

    @Test
    void should_refuse_the_refresh_token_when_its_session_logged_out() throws Exception {
        // given
        Map<String, Object> session = logIn("owner@tokens.test");
        // when
        HttpResponse<String> logout = send(
                "POST",
                "/api/v1/auth/logout",
                (String) session.get("accessToken"),
                Map.of("refreshToken", session.get("refreshToken")));
        // then
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(refresh((String) session.get("refreshToken")).statusCode()).isEqualTo(401);
    }

    @Test
    void should_carry_the_new_role_at_the_next_refresh_when_the_role_changed() throws Exception {
        // given
        Map<String, Object> editor = newMember("editor@tokens.test", Role.EDITOR);
        Map<String, Object> session = logIn("editor@tokens.test");
        memberships().save(new Membership(orgId(), userId(editor), Role.VIEWER));
        // when
        HttpResponse<String> refreshed = refresh((String) session.get("refreshToken"));
        // then
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(((Map<?, ?>) json(refreshed).get("user")).get("role")).isEqualTo("viewer");
    }

    @Test
    void should_chat_but_get_403_on_sources_when_the_key_has_the_chat_scope() throws Exception {
        // given
        String key = createKey(ownerAccess, "chat");
        // when
        HttpResponse<String> chat = chat(key);
        HttpResponse<String> source = send(
                "POST",
                "/api/v1/bots/" + botId + "/sources",
                key,
                Map.of("type", "text", "title", "Injected", "text", "Text a chat key must not add."));
        // then
        assertThat(chat.statusCode()).isEqualTo(200);
        assertThat(json(chat)).containsKeys("answer", "answered", "citations");
        assertThat(source.statusCode()).isEqualTo(403);
    }

    @Test
    void should_answer_401_once_the_key_is_revoked() throws Exception {
        // given
        HttpResponse<String> created = send("POST", "/api/v1/api-keys", ownerAccess, keyBody("chat"));
        String key = (String) json(created).get("key");
        assertThat(chat(key).statusCode()).isEqualTo(200);
        // when
        HttpResponse<String> revoked =
                send("DELETE", "/api/v1/api-keys/" + json(created).get("id"), ownerAccess, null);
        // then
        assertThat(revoked.statusCode()).isEqualTo(204);
        HttpResponse<String> after = chat(key);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(send("GET", "/api/v1/api-keys", ownerAccess, null).body()).doesNotContain(key);
    }

    @Test
    void should_answer_401_for_the_keys_of_a_creator_who_was_removed_but_not_for_others() throws Exception {
        // given
        Map<String, Object> admin = newMember("admin@tokens.test", Role.ADMIN);
        String adminKey = createKey((String) logIn("admin@tokens.test").get("accessToken"), "chat");
        String ownerKey = createKey(ownerAccess, "chat");
        assertThat(chat(adminKey).statusCode()).isEqualTo(200);
        // when
        removeMember(userId(admin));
        // then
        assertThat(chat(adminKey).statusCode()).isEqualTo(401);
        assertThat(chat(ownerKey).statusCode()).isEqualTo(200);
    }

    private String createKey(String access, String scope) throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/api-keys", access, keyBody(scope));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return (String) json(created).get("key");
    }

    private Map<String, Object> keyBody(String scope) {
        return Map.of("name", "Key " + scope, "workspaceId", workspaceId, "scopes", List.of(scope));
    }

    private HttpResponse<String> chat(String key) throws Exception {
        return send("POST", "/api/v1/bots/" + botId + "/chat", key, Map.of("message", "What are your opening hours?"));
    }

    private HttpResponse<String> refresh(String token) throws Exception {
        return send("POST", "/api/v1/auth/refresh", null, Map.of("refreshToken", token));
    }

    private Map<String, Object> logIn(String email) throws Exception {
        HttpResponse<String> login =
                send("POST", "/api/v1/auth/login", null, Map.of("email", email, "password", PASSWORD));
        assertThat(login.statusCode()).isEqualTo(200);
        return json(login);
    }

    /** A second member of the owner's organization, made through the stores: membership routes are not under test. */
    private Map<String, Object> newMember(String email, Role role) {
        UserId id = UserId.random();
        String hash = server.context().getBean(PasswordHasherPort.class).hash(PASSWORD);
        server.context().getBean(UserRepository.class).save(new User(id, email, hash, Instant.now()));
        memberships().save(new Membership(orgId(), id, role));
        return Map.of("id", id.toString());
    }

    /** Removes the membership row directly, as the member routes (not under test here) would. */
    private void removeMember(UserId user) throws Exception {
        DataSource pool = server.context()
                .getBean(DataSourceResolver.class)
                .resolve(server.context().getBean(DataSource.class));
        try (Connection c = pool.getConnection();
                PreparedStatement delete =
                        c.prepareStatement("DELETE FROM memberships WHERE organization_id = ? AND user_id = ?")) {
            delete.setObject(1, orgId().value());
            delete.setObject(2, user.value());
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }
    }

    private MembershipRepository memberships() {
        return server.context().getBean(MembershipRepository.class);
    }

    private OrganizationId orgId() {
        return OrganizationId.parse((String) ((Map<?, ?>) owner.get("organization")).get("id"));
    }

    private static UserId userId(Map<String, Object> member) {
        return UserId.parse((String) member.get("id"));
    }

    private HttpResponse<String> send(String method, String path, String bearer, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.uri() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(
                        server.context().getBean(JsonMapper.class).writeValueAsString(body));
        return http.send(request.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, Object> json(HttpResponse<String> response) {
        return server.map(response.body());
    }

    private static String hs256(String secret, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    /** Swaps the payload of a signed token and keeps its header and signature, as an attacker editing it would. */
    private static String withPayload(String token, JWTClaimsSet claims) {
        String[] parts = token.split("\\.");
        String payload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }
}
