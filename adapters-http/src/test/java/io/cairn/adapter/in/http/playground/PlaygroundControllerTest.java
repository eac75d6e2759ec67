package io.cairn.adapter.in.http.playground;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.in.http.fixtures.Api;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class PlaygroundControllerTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server, json);
    }

    @Test
    void should_serve_the_page_without_a_token_when_root_is_requested() {
        // when
        Api.Reply reply = api.get("/", null);

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.body()).contains("Cairn playground", "text/event-stream", "getReader()");
        assertThat(reply.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void should_bind_inline_script_and_style_to_a_fresh_csp_nonce_when_serving() {
        // when
        Api.Reply first = api.get("/", null);
        Api.Reply second = api.get("/", null);

        // then
        String csp = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(csp);
        assertThat(nonce.find()).isTrue();
        assertThat(csp).contains("default-src 'none'", "connect-src 'self'", "frame-ancestors 'none'");
        assertThat(first.body())
                .contains("<script nonce=\"" + nonce.group(1) + "\">", "<style nonce=\"" + nonce.group(1) + "\">")
                .doesNotContain("{{nonce}}");
        assertThat(second.headers().firstValue("Content-Security-Policy")).isNotEqualTo(Optional.of(csp));
    }

    @Test
    void should_never_insert_data_as_html_when_rendering() {
        // when
        String page = api.get("/", null).body();

        // then: no HTML sinks and no inline handlers, which the CSP would block anyway
        assertThat(page).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", " onclick=");
        assertThat(page).contains("textContent", "noopener noreferrer");
        assertThat(page).doesNotContain("http://", "https://cdn");
    }
}
