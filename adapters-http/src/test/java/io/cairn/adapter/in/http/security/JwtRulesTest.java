package io.cairn.adapter.in.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cairn.adapter.in.http.fixtures.Api;
import io.cairn.adapter.in.http.fixtures.TestTokens;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class JwtRulesTest {

    private static final String PRIVATE = "/api/v1/bots";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Property(name = "cairn.auth.jwt-secret")
    String secret;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server, json);
    }

    @Test
    void should_accept_token_when_signed_valid_and_of_access_type() {
        // given
        String token =
                TestTokens.hs256(secret, TestTokens.claims("access", "editor").build());

        // when
        Api.Reply reply = api.get(PRIVATE, token);

        // then
        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void should_answer_401_problem_when_no_token_is_sent() {
        // when
        Api.Reply reply = api.get(PRIVATE, null);

        // then
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(api.map(reply)).containsEntry("code", "unauthorized").containsEntry("status", 401);
    }

    @Test
    void should_answer_401_when_token_is_expired() {
        // given
        Instant past = Instant.now().minus(Duration.ofHours(1));
        JWTClaimsSet claims = TestTokens.claims("access", "owner")
                .issueTime(Date.from(past))
                .notBeforeTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(15))))
                .build();

        // when / then
        assertUnauthorized(TestTokens.hs256(secret, claims));
    }

    @Test
    void should_answer_401_when_signed_with_another_secret() {
        // given
        String token = TestTokens.hs256(
                "another-secret-that-is-also-long-enough-for-hs256",
                TestTokens.claims("access", "owner").build());

        // when / then
        assertUnauthorized(token);
    }

    @Test
    void should_answer_401_when_alg_is_none() {
        // when / then
        assertUnauthorized(
                TestTokens.unsigned(TestTokens.claims("access", "owner").build()));
    }

    @Test
    void should_answer_401_when_signed_with_rs256_instead_of_hs256() {
        // when / then
        assertUnauthorized(TestTokens.rs256(TestTokens.claims("access", "owner").build()));
    }

    @Test
    void should_answer_401_when_a_refresh_token_is_used_as_access_token() {
        // given
        String refresh = (String) api.signUp().get("refreshToken");

        // when / then
        assertUnauthorized(refresh);
        assertUnauthorized(
                TestTokens.hs256(secret, TestTokens.claims("refresh", "owner").build()));
    }

    @Test
    void should_answer_401_when_issuer_or_audience_is_wrong() {
        // when / then
        assertUnauthorized(TestTokens.hs256(
                secret, TestTokens.claims("access", "owner").issuer("evil").build()));
        assertUnauthorized(TestTokens.hs256(
                secret, TestTokens.claims("access", "owner").audience("other").build()));
    }

    @Test
    void should_answer_401_when_not_before_is_in_the_future() {
        // given
        Date later = Date.from(Instant.now().plus(Duration.ofMinutes(10)));

        // when / then
        assertUnauthorized(TestTokens.hs256(
                secret,
                TestTokens.claims("access", "owner").notBeforeTime(later).build()));
    }

    @Test
    void should_answer_401_when_the_role_claim_is_edited() throws Exception {
        // given
        String token =
                TestTokens.hs256(secret, TestTokens.claims("access", "viewer").build());
        JWTClaimsSet edited = new JWTClaimsSet.Builder(SignedJWT.parse(token).getJWTClaimsSet())
                .claim("role", "owner")
                .build();

        // when / then
        assertUnauthorized(TestTokens.withPayload(token, edited));
    }

    @Test
    void should_issue_access_and_refresh_tokens_with_cairn_claims_when_signing_up() throws Exception {
        // when
        Map<String, Object> auth = api.signUp();

        // then
        JWTClaimsSet access = SignedJWT.parse((String) auth.get("accessToken")).getJWTClaimsSet();
        JWTClaimsSet refresh =
                SignedJWT.parse((String) auth.get("refreshToken")).getJWTClaimsSet();
        Map<?, ?> user = (Map<?, ?>) auth.get("user");
        Map<?, ?> org = (Map<?, ?>) auth.get("organization");
        assertThat(access.getIssuer()).isEqualTo("cairn");
        assertThat(access.getAudience()).containsExactly("cairn");
        assertThat(access.getSubject()).isEqualTo(user.get("id"));
        assertThat(access.getClaim("org")).isEqualTo(org.get("id"));
        assertThat(access.getClaim("role")).isEqualTo("owner");
        assertThat(access.getClaim("typ")).isEqualTo("access");
        assertThat(lifetime(access)).isEqualTo(Duration.ofMinutes(15));
        assertThat(refresh.getClaim("typ")).isEqualTo("refresh");
        assertThat(lifetime(refresh)).isEqualTo(Duration.ofDays(30));
        assertThat(((Number) auth.get("expiresIn")).longValue()).isEqualTo(900);
    }

    @Test
    void should_issue_a_new_pair_when_a_valid_refresh_token_is_presented() {
        // given
        String refresh = (String) api.signUp().get("refreshToken");

        // when
        Api.Reply reply = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", refresh));

        // then
        assertThat(reply.status()).isEqualTo(200);
        String access = (String) api.map(reply).get("accessToken");
        assertThat(api.get(PRIVATE, access).status()).isEqualTo(200);
    }

    @Test
    void should_answer_401_when_an_access_token_is_presented_for_refresh() {
        // given
        String access = api.accessToken();

        // when
        Api.Reply reply = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", access));

        // then
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void should_answer_401_when_refresh_token_is_unsigned_or_names_no_account() {
        // given
        String unsigned =
                TestTokens.unsigned(TestTokens.claims("refresh", "owner").build());
        String stranger =
                TestTokens.hs256(secret, TestTokens.claims("refresh", "owner").build());

        // when / then
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", unsigned))
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", stranger))
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of()).status()).isEqualTo(401);
    }

    private void assertUnauthorized(String token) {
        Api.Reply reply = api.get(PRIVATE, token);
        assertThat(reply.status()).as("status for %s", token).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    private static Duration lifetime(JWTClaimsSet claims) {
        return Duration.between(
                claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant());
    }
}
