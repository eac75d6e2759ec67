package io.cairn.adapter.in.http.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.in.http.fixtures.Api;
import io.cairn.adapter.in.http.fixtures.FakeBots;
import io.cairn.adapter.in.http.fixtures.TestTokens;
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
class ErrorMappingTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Property(name = "cairn.auth.jwt-secret")
    String secret;

    private Api api;
    private String token;

    @BeforeEach
    void setUp() {
        api = new Api(server, json);
        token = api.accessToken();
    }

    @Test
    void should_answer_404_problem_when_route_is_unknown() {
        // when
        Api.Reply authenticated = api.get("/api/v1/no-such-thing", token);
        Api.Reply anonymous = api.get("/api/v1/no-such-thing", null);

        // then
        assertProblem(authenticated, 404, "not_found");
        assertProblem(anonymous, 404, "not_found");
    }

    @Test
    void should_answer_405_problem_when_method_is_not_allowed() {
        // when
        Api.Reply reply = api.send(api.request("/api/v1/auth/signup", token).PUT(HttpRequest.BodyPublishers.noBody()));

        // then
        assertProblem(reply, 405, "method_not_allowed");
    }

    @Test
    void should_answer_400_bad_request_when_json_is_malformed() {
        // when
        Api.Reply reply = api.postRaw("/api/v1/bots", token, "application/json", "{\"name\": ");

        // then
        assertProblem(reply, 400, "bad_request");
    }

    @Test
    void should_answer_400_bad_request_when_body_is_missing() {
        // when
        Api.Reply reply = api.postRaw("/api/v1/bots", token, "application/json", "");

        // then
        assertProblem(reply, 400, "bad_request");
    }

    @Test
    void should_answer_400_with_field_errors_when_input_breaks_domain_rules() {
        // when
        Api.Reply reply = api.post(
                "/api/v1/auth/signup",
                null,
                Map.of("email", "not-an-email", "password", "short", "organizationName", "Acme"));

        // then
        Map<String, Object> problem = assertProblem(reply, 400, "validation_failed");
        List<Map<String, Object>> errors = Api.objects(problem.get("errors"));
        assertThat(errors).extracting(e -> e.get("field")).containsExactly("email", "password");
        assertThat(errors).allSatisfy(e -> assertThat(e.get("message")).isNotNull());
    }

    @Test
    void should_answer_409_problem_when_email_is_already_registered() {
        // given
        Map<String, Object> body =
                Map.of("email", "twice@example.com", "password", "a long enough password", "organizationName", "A");
        api.post("/api/v1/auth/signup", null, body);

        // when
        Api.Reply reply = api.post("/api/v1/auth/signup", null, body);

        // then
        assertProblem(reply, 409, "email_taken");
    }

    @Test
    void should_answer_401_problem_when_credentials_are_wrong() {
        // when
        Api.Reply reply = api.post(
                "/api/v1/auth/login", null, Map.of("email", "nobody@example.com", "password", "whatever it is"));

        // then
        assertProblem(reply, 401, "invalid_credentials");
    }

    @Test
    void should_answer_403_problem_when_role_may_not_change_content() {
        // given
        String viewer =
                TestTokens.hs256(secret, TestTokens.claims("access", "viewer").build());

        // when
        Api.Reply reply = api.post("/api/v1/bots", viewer, Map.of("name", "Support"));

        // then
        assertProblem(reply, 403, "forbidden");
    }

    @Test
    void should_answer_404_problem_when_id_is_unknown_or_malformed() {
        // when
        Api.Reply malformed = api.get("/api/v1/bots/not-a-uuid", token);
        Api.Reply unknown = api.get("/api/v1/bots/5f0e7a4c-3c1b-4a52-9b44-8f0b4f7d2a11", token);

        // then
        assertProblem(malformed, 404, "bot_not_found");
        assertProblem(unknown, 404, "bot_not_found");
    }

    @Test
    void should_answer_500_without_leaking_details_when_something_unexpected_fails() {
        // when
        Api.Reply reply = api.post("/api/v1/bots", token, Map.of("name", "explode"));

        // then
        assertProblem(reply, 500, "internal_error");
        assertThat(reply.body()).doesNotContain("hunter2", "jdbc", "IllegalStateException", "at io.");
        assertThat(reply.body()).doesNotContain(FakeBots.SECRET_FAILURE);
    }

    @Test
    void should_answer_413_problem_when_json_body_is_over_one_megabyte() {
        // given
        String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";

        // when
        Api.Reply reply = api.postRaw("/api/v1/bots", token, "application/json", huge);

        // then
        assertProblem(reply, 413, "payload_too_large");
    }

    @Test
    void should_answer_415_problem_when_content_type_is_not_accepted() {
        // when
        Api.Reply reply = api.postRaw("/api/v1/bots", token, "text/plain", "name=Support");

        // then
        assertProblem(reply, 415, "unsupported_media_type");
    }

    private Map<String, Object> assertProblem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        Map<String, Object> problem = api.map(reply);
        assertThat(problem)
                .containsEntry("status", status)
                .containsEntry("code", code)
                .containsKeys("type", "title", "detail");
        return problem;
    }
}
