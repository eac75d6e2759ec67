package io.cairn.adapter.out.scraper;

import static io.cairn.adapter.out.scraper.LocalHttpServer.send;
import static io.cairn.ports.out.fetch.FetchFailedException.Reason.TIMEOUT;
import static io.cairn.ports.out.fetch.FetchFailedException.Reason.TOO_LARGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.FetchedPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile servers: oversize, endless and compressed-bomb bodies, stalls and slow drips are all cut off. */
class GuardedPageFetcherAdapterCapsTest {

    private static final long ONE_MIB = 1024 * 1024;

    private LocalHttpServer server;
    private GuardedPageFetcherAdapter fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LocalHttpServer();
        fetcher = new GuardedPageFetcherAdapter(settings(Duration.ofSeconds(30)));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void should_fetch_body_when_it_is_exactly_at_the_cap() {
        // given
        server.on("/fits", exchange -> send(exchange, 200, new byte[(int) ONE_MIB]));

        // when
        FetchedPage page = fetcher.fetch(server.uri("/fits"));

        // then
        assertThat(page.body()).hasSize((int) ONE_MIB);
    }

    @Test
    void should_refuse_body_when_declared_length_exceeds_the_cap() {
        // given
        server.on("/big", exchange -> send(exchange, 200, new byte[(int) (2 * ONE_MIB)]));

        // when
        FetchFailedException failure = fetchFailure("/big");

        // then
        assertThat(failure.reason()).isEqualTo(TOO_LARGE);
    }

    @Test
    void should_cut_body_when_an_endless_chunked_stream_passes_the_cap() {
        // given
        server.on("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            byte[] chunk = new byte[16 * 1024];
            while (!server.isClosed()) {
                out.write(chunk);
            }
        });

        // when
        FetchFailedException failure = fetchFailure("/endless");

        // then
        assertThat(failure.reason()).isEqualTo(TOO_LARGE);
    }

    @Test
    void should_refuse_gzip_bomb_when_decoded_size_passes_the_cap() throws IOException {
        // given: 64 MiB of zeros, about 64 KiB on the wire
        byte[] bomb = gzippedZeros(64 * ONE_MIB);
        server.on("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, bomb);
        });

        // when
        FetchFailedException failure = fetchFailure("/bomb");

        // then
        assertThat(bomb.length).isLessThan((int) ONE_MIB);
        assertThat(failure.reason()).isEqualTo(TOO_LARGE);
    }

    @Test
    void should_time_out_within_the_deadline_when_server_never_answers() {
        // given
        server.on("/stall", exchange -> server.stallUntilClosed());

        // when
        long started = System.nanoTime();
        FetchFailedException failure;
        try (var hasty = new GuardedPageFetcherAdapter(settings(Duration.ofSeconds(1)))) {
            failure = catchThrowableOfType(FetchFailedException.class, () -> hasty.fetch(server.uri("/stall")));
        }

        // then
        assertThat(failure.reason()).isEqualTo(TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void should_time_out_within_the_deadline_when_server_drips_one_byte_at_a_time() {
        // given: a slowloris body, never silent long enough for a read timeout
        server.on("/drip", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            while (!server.isClosed()) {
                out.write('x');
                out.flush();
                sleep(50);
            }
        });

        // when
        long started = System.nanoTime();
        FetchFailedException failure;
        try (var hasty = new GuardedPageFetcherAdapter(settings(Duration.ofSeconds(1)))) {
            failure = catchThrowableOfType(FetchFailedException.class, () -> hasty.fetch(server.uri("/drip")));
        }

        // then
        assertThat(failure.reason()).isEqualTo(TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    private FetchSettings settings(Duration totalTimeout) {
        return FetchSettings.defaults()
                .withAllowPrivateNetwork(true)
                .withAllowedPorts(Set.of(server.port()))
                .withMaxBytes(ONE_MIB)
                .withTotalTimeout(totalTimeout);
    }

    private FetchFailedException fetchFailure(String path) {
        return catchThrowableOfType(FetchFailedException.class, () -> fetcher.fetch(server.uri(path)));
    }

    private static byte[] gzippedZeros(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[64 * 1024];
            for (long written = 0; written < size; written += zeros.length) {
                gzip.write(zeros);
            }
        }
        return bytes.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
