package io.cairn.adapter.out.scraper;

import static io.cairn.ports.out.fetch.FetchFailedException.Reason.BLOCKED_BY_SSRF_GUARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.WebhookResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Webhooks go out through the same guard as fetches: real POSTs to a loopback server only when it is trusted. */
class GuardedWebhookSenderTest {

    private static final Map<String, String> HEADERS = Map.of("webhook-id", "msg_1", "user-agent", "Cairn-Webhooks/1");

    @Test
    void should_post_the_body_and_headers_and_answer_the_status_when_the_target_is_trusted() throws IOException {
        try (LocalHttpServer server = new LocalHttpServer()) {
            // given
            AtomicReference<String> received = new AtomicReference<>();
            AtomicReference<String> method = new AtomicReference<>();
            AtomicReference<String> id = new AtomicReference<>();
            server.on("/hook", exchange -> {
                method.set(exchange.getRequestMethod());
                id.set(exchange.getRequestHeaders().getFirst("webhook-id"));
                received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
            });
            // when
            WebhookResponse response;
            try (var sender = new GuardedPageFetcherAdapter(trusting(server))) {
                response = sender.post(server.uri("/hook"), HEADERS, "{\"type\":\"lead.created\",\"n\":\"Zoë\"}");
            }
            // then
            assertThat(response.status()).isEqualTo(204);
            assertThat(response.received()).isTrue();
            assertThat(method.get()).isEqualTo("POST");
            assertThat(id.get()).isEqualTo("msg_1");
            assertThat(received.get()).isEqualTo("{\"type\":\"lead.created\",\"n\":\"Zoë\"}");
        }
    }

    @Test
    void should_not_follow_a_redirect_and_keep_only_the_start_of_a_long_error_body() throws IOException {
        try (LocalHttpServer server = new LocalHttpServer()) {
            // given
            server.on("/moved", exchange -> {
                exchange.getResponseHeaders()
                        .set("Location", server.uri("/hook").toString());
                exchange.sendResponseHeaders(307, -1);
            });
            server.on("/hook", exchange -> {
                byte[] big = "x".repeat(100_000).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(500, big.length);
                exchange.getResponseBody().write(big);
            });
            // when
            WebhookResponse redirected;
            WebhookResponse failed;
            try (var sender = new GuardedPageFetcherAdapter(trusting(server))) {
                redirected = sender.post(server.uri("/moved"), HEADERS, "{}");
                failed = sender.post(server.uri("/hook"), HEADERS, "{}");
            }
            // then
            assertThat(redirected.status()).isEqualTo(307);
            assertThat(redirected.received()).isFalse();
            assertThat(server.requests()).isEqualTo(2);
            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.bodyExcerpt()).hasSize(WebhookPost.MAX_EXCERPT_BYTES);
        }
    }

    @Test
    void should_refuse_loopback_without_connecting_when_the_target_is_not_trusted() throws IOException {
        try (CanaryListener canary = new CanaryListener()) {
            // given
            var settings = FetchSettings.defaults().withAllowedPorts(Set.of(80, 443, canary.port()));
            // when
            FetchFailedException failure;
            try (var sender = new GuardedPageFetcherAdapter(settings)) {
                failure = catchThrowableOfType(
                        FetchFailedException.class,
                        () -> sender.post(URI.create("http://127.0.0.1:" + canary.port() + "/hook"), HEADERS, "{}"));
            }
            // then
            assertThat(failure.reason()).isEqualTo(BLOCKED_BY_SSRF_GUARD);
            assertThat(canary.connections()).isZero();
        }
    }

    private static FetchSettings trusting(LocalHttpServer server) {
        return FetchSettings.defaults()
                .withAllowedPorts(Set.of(80, 443, server.port()))
                .withTrustedTargets(Set.of("127.0.0.1:" + server.port()));
    }
}
