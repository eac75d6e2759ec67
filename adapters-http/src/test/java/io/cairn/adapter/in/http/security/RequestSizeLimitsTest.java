package io.cairn.adapter.in.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.in.http.fixtures.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With uploads allowed up to 5 MiB, only multipart may use that room: JSON stays capped at 1 MiB. */
@MicronautTest
@Property(name = "cairn.uploads.max-bytes", value = "5242880")
class RequestSizeLimitsTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private Api api;
    private String token;

    @BeforeEach
    void setUp() {
        api = new Api(server, json);
        token = api.accessToken();
    }

    @Test
    void should_answer_413_when_a_json_body_is_over_1_mib_though_uploads_may_be_larger() {
        // given
        String body = "{\"name\":\"" + "x".repeat(1_200_000) + "\"}";

        // when
        Api.Reply reply = api.postRaw("/api/v1/bots", token, "application/json", body);

        // then
        assertThat(reply.status()).isEqualTo(413);
        assertThat(api.map(reply)).containsEntry("code", "payload_too_large");
    }

    @Test
    void should_accept_an_upload_over_1_mib_when_it_is_under_the_upload_limit() {
        // given
        String botId = (String)
                api.map(api.post("/api/v1/bots", token, Map.of("name", "Big"))).get("id");

        // when
        Api.Reply reply = api.upload("/api/v1/bots/" + botId + "/sources/files", token, "big.txt", new byte[2_000_000]);

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    }
}
