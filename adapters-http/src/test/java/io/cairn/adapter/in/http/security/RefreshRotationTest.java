package io.cairn.adapter.in.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.cairn.adapter.in.http.fixtures.Api;
import io.cairn.domain.common.ContentHash;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.fakes.InMemoryRefreshTokenRepository;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class RefreshRotationTest {

    private static final String REFRESH = "/api/v1/auth/refresh";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    InMemoryRefreshTokenRepository store;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server, json);
    }

    @Test
    void should_hand_out_a_new_refresh_token_of_the_same_session_when_refreshing() throws Exception {
        // given
        Map<String, Object> signedUp = api.signUp();
        String first = (String) signedUp.get("refreshToken");
        // when
        Api.Reply reply = refresh(first);
        // then
        assertThat(reply.status()).isEqualTo(200);
        String second = (String) api.map(reply).get("refreshToken");
        assertThat(second).isNotEqualTo(first);
        assertThat(SignedJWT.parse(second).getJWTClaimsSet().getClaim("sid"))
                .isEqualTo(SignedJWT.parse(first).getJWTClaimsSet().getClaim("sid"));
        assertThat(api.get("/api/v1/me", (String) api.map(reply).get("accessToken"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void should_revoke_the_family_when_a_spent_refresh_token_is_reused() {
        // given
        String first = (String) api.signUp().get("refreshToken");
        String newest = (String) api.map(refresh(first)).get("refreshToken");
        // when
        Api.Reply reuse = refresh(first);
        // then
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.contentType()).startsWith("application/problem+json");
        assertThat(refresh(newest).status()).isEqualTo(401);
    }

    @Test
    void should_store_only_the_hash_of_the_refresh_token_when_signing_up() {
        // when
        Map<String, Object> signedUp = api.signUp();
        // then
        String token = (String) signedUp.get("refreshToken");
        OrganizationId org = OrganizationId.parse(
                (String) Api.object(signedUp.get("organization")).get("id"));
        assertThat(store.findByHash(org, ContentHash.of(token)))
                .hasValueSatisfying(t -> assertThat(t.tokenHash()).isNotEqualTo(token));
    }

    @Test
    void should_end_only_the_session_of_the_access_token_when_logging_out_without_a_body() {
        // given
        Map<String, Object> laptop = api.signUp();
        Map<String, Object> phone = logInAgain(laptop);
        // when
        Api.Reply logout =
                api.postRaw("/api/v1/auth/logout", (String) laptop.get("accessToken"), "application/json", "");
        // then
        assertThat(logout.status()).isEqualTo(204);
        assertThat(refresh((String) laptop.get("refreshToken")).status()).isEqualTo(401);
        assertThat(refresh((String) phone.get("refreshToken")).status()).isEqualTo(200);
    }

    @Test
    void should_end_the_session_of_the_refresh_token_sent_when_logging_out() {
        // given
        Map<String, Object> laptop = api.signUp();
        Map<String, Object> phone = logInAgain(laptop);
        // when
        Api.Reply logout = api.post(
                "/api/v1/auth/logout",
                (String) laptop.get("accessToken"),
                Map.of("refreshToken", phone.get("refreshToken")));
        // then
        assertThat(logout.status()).isEqualTo(204);
        assertThat(refresh((String) phone.get("refreshToken")).status()).isEqualTo(401);
    }

    @Test
    void should_answer_401_when_logging_out_without_a_token() {
        // when
        Api.Reply logout = api.post("/api/v1/auth/logout", null, Map.of());
        // then
        assertThat(logout.status()).isEqualTo(401);
    }

    private Map<String, Object> logInAgain(Map<String, Object> signedUp) {
        String email = (String) Api.object(signedUp.get("user")).get("email");
        Api.Reply login =
                api.post("/api/v1/auth/login", null, Map.of("email", email, "password", "correct horse battery"));
        assertThat(login.status()).isEqualTo(200);
        return api.map(login);
    }

    private Api.Reply refresh(String token) {
        return api.post(REFRESH, null, Map.of("refreshToken", token));
    }
}
