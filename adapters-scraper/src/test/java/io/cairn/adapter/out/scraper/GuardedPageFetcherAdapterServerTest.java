package io.cairn.adapter.out.scraper;

import static io.cairn.adapter.out.scraper.LocalHttpServer.redirect;
import static io.cairn.adapter.out.scraper.LocalHttpServer.respond;
import static io.cairn.ports.out.fetch.FetchFailedException.Reason.BLOCKED_BY_SSRF_GUARD;
import static io.cairn.ports.out.fetch.FetchFailedException.Reason.HTTP_STATUS;
import static io.cairn.ports.out.fetch.FetchFailedException.Reason.TOO_MANY_REDIRECTS;
import static io.cairn.ports.out.fetch.FetchFailedException.Reason.UNSUPPORTED_SCHEME;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.FetchedPage;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard against real loopback servers: a canary that must see no connection, redirects, status codes. */
class GuardedPageFetcherAdapterServerTest {

    private CanaryListener canary;
    private LocalHttpServer server;

    @BeforeEach
    void startServers() throws Exception {
        canary = new CanaryListener();
        server = new LocalHttpServer();
    }

    @AfterEach
    void stopServers() throws Exception {
        canary.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost"})
    void should_refuse_loopback_without_connecting_when_guard_is_on(String host) {
        // given
        FetchSettings settings = FetchSettings.defaults().withAllowedPorts(Set.of(80, 443, canary.port()));
        URI uri = URI.create("http://" + host + ":" + canary.port() + "/admin");

        // when
        FetchFailedException failure;
        try (var fetcher = new GuardedPageFetcherAdapter(settings)) {
            failure = catchThrowableOfType(FetchFailedException.class, () -> fetcher.fetch(uri));
        }

        // then
        assertThat(failure.reason()).isEqualTo(BLOCKED_BY_SSRF_GUARD);
        assertThat(canary.connections()).isZero();
    }

    @Test
    void should_fetch_page_with_headers_when_private_network_is_allowed() {
        // given
        FetchSettings settings =
                FetchSettings.defaults().withAllowPrivateNetwork(true).withAllowedPorts(Set.of(canary.port()));
        URI uri = URI.create("http://127.0.0.1:" + canary.port() + "/page");

        // when
        FetchedPage page;
        try (var fetcher = new GuardedPageFetcherAdapter(settings)) {
            page = fetcher.fetch(uri);
        }

        // then
        assertThat(page.finalUri()).isEqualTo(uri);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(new String(page.body(), UTF_8)).isEqualTo(CanaryListener.PAGE);
        assertThat(page.etag()).contains("\"canary-v1\"");
        assertThat(page.lastModified()).contains("Wed, 21 Oct 2015 07:28:00 GMT");
        assertThat(canary.connections()).isEqualTo(1);
        assertThat(canary.lastUserAgent()).isEqualTo("CairnBot/0.1 (+https://cairn.io/bot)");
    }

    @Test
    void should_refuse_redirect_hop_without_connecting_when_it_points_at_a_blocked_address() {
        // given: the policy lets this one loopback server through, as if it were public, and nothing else
        server.on("/start", redirect(302, "http://127.0.0.1:" + canary.port() + "/internal"));
        FetchSettings settings = FetchSettings.defaults().withAllowedPorts(Set.of(server.port(), canary.port()));
        AddressPolicy onlyTheServer =
                (address, port) -> port == server.port() || AddressPolicy.PUBLIC_ONLY.permits(address, port);

        // when
        FetchFailedException failure;
        try (var fetcher = new GuardedPageFetcherAdapter(settings, onlyTheServer)) {
            failure = catchThrowableOfType(FetchFailedException.class, () -> fetcher.fetch(server.uri("/start")));
        }

        // then
        assertThat(failure.reason()).isEqualTo(BLOCKED_BY_SSRF_GUARD);
        assertThat(server.requests()).isEqualTo(1);
        assertThat(canary.connections()).isZero();
    }

    @Test
    void should_refuse_redirect_hop_when_it_switches_to_a_file_url() {
        // given
        server.on("/start", redirect(301, "file:///etc/passwd"));

        // when
        FetchFailedException failure;
        try (var fetcher = new GuardedPageFetcherAdapter(privateSettings())) {
            failure = catchThrowableOfType(FetchFailedException.class, () -> fetcher.fetch(server.uri("/start")));
        }

        // then
        assertThat(failure.reason()).isEqualTo(UNSUPPORTED_SCHEME);
    }

    @Test
    void should_follow_relative_redirects_when_every_hop_is_allowed() {
        // given
        server.on("/old", redirect(301, "/middle"))
                .on("/middle", redirect(307, "new?x=1"))
                .on("/new", respond(200, "text/plain", "arrived".getBytes(UTF_8)));

        // when
        FetchedPage page;
        try (var fetcher = new GuardedPageFetcherAdapter(privateSettings())) {
            page = fetcher.fetch(server.uri("/old"));
        }

        // then
        assertThat(page.finalUri()).isEqualTo(server.uri("/new?x=1"));
        assertThat(new String(page.body(), UTF_8)).isEqualTo("arrived");
    }

    @Test
    void should_stop_with_too_many_redirects_when_hops_exceed_the_cap() {
        // given
        server.on("/loop", redirect(302, "/loop"));
        FetchSettings settings = privateSettings().withMaxRedirects(3);

        // when
        FetchFailedException failure;
        try (var fetcher = new GuardedPageFetcherAdapter(settings)) {
            failure = catchThrowableOfType(FetchFailedException.class, () -> fetcher.fetch(server.uri("/loop")));
        }

        // then
        assertThat(failure.reason()).isEqualTo(TOO_MANY_REDIRECTS);
        assertThat(server.requests()).isEqualTo(4);
    }

    @Test
    void should_report_the_status_code_when_server_answers_with_an_error() {
        // given
        server.on("/missing", respond(404, "text/plain", "nope".getBytes(UTF_8)));

        // when
        FetchFailedException failure;
        try (var fetcher = new GuardedPageFetcherAdapter(privateSettings())) {
            failure = catchThrowableOfType(FetchFailedException.class, () -> fetcher.fetch(server.uri("/missing")));
        }

        // then
        assertThat(failure.reason()).isEqualTo(HTTP_STATUS);
        assertThat(failure.getMessage()).contains("404");
    }

    private FetchSettings privateSettings() {
        return FetchSettings.defaults().withAllowPrivateNetwork(true).withAllowedPorts(Set.of(server.port()));
    }
}
