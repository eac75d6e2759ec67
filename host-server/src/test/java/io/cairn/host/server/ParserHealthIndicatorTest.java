package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cairn.adapter.out.scraper.DocumentFixtures;
import io.cairn.adapter.out.scraper.HangingPdfParser;
import io.cairn.adapter.out.scraper.ParserSettings;
import io.cairn.adapter.out.scraper.TikaDocumentParserAdapter;
import io.cairn.ports.out.parsing.DocumentContent;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

class ParserHealthIndicatorTest {

    @AfterEach
    void release() {
        HangingPdfParser.release();
    }

    @Test
    void should_report_down_while_stuck_parser_threads_fill_the_cap_and_up_once_they_end() throws Exception {
        // given: a parser that tolerates one stuck thread
        HangingPdfParser.hold();
        try (var parser = new TikaDocumentParserAdapter(
                ParserSettings.defaults().withTimeout(Duration.ofMillis(200)).withMaxStuckThreads(1))) {
            var health = new ParserHealthIndicator(parser);
            HealthStatus before = status(health);

            // when
            catchThrowable(() -> parser.parse(new DocumentContent(
                    DocumentFixtures.pdf("Stuck", new String[] {"A page."}), "x-cairn-hang.pdf", "")));
            HealthStatus stuck = status(health);
            HangingPdfParser.release();
            Instant deadline = Instant.now().plusSeconds(5);
            while (parser.stuckThreads() > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }

            // then
            assertThat(before).isEqualTo(HealthStatus.UP);
            assertThat(stuck).isEqualTo(HealthStatus.DOWN);
            assertThat(status(health)).isEqualTo(HealthStatus.UP);
        }
    }

    /** The indicator answers at once (a just-publisher), so one synchronous subscription reads it. */
    private static HealthStatus status(ParserHealthIndicator health) {
        AtomicReference<HealthResult> result = new AtomicReference<>();
        health.getResult().subscribe(new Subscriber<HealthResult>() {
            @Override
            public void onSubscribe(Subscription s) {
                s.request(1);
            }

            @Override
            public void onNext(HealthResult r) {
                result.set(r);
            }

            @Override
            public void onError(Throwable t) {}

            @Override
            public void onComplete() {}
        });
        return result.get().getStatus();
    }
}
