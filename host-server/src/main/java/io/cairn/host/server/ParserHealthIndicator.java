package io.cairn.host.server;

import io.cairn.adapter.out.scraper.TikaDocumentParserAdapter;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Reports the node DOWN once so many parser threads are stuck that new documents are refused (ADR 9): chat still
 * works, but only a restart frees the threads, so an orchestrator should replace the node.
 */
@Singleton
final class ParserHealthIndicator implements HealthIndicator {

    private final TikaDocumentParserAdapter parser;

    ParserHealthIndicator(TikaDocumentParserAdapter parser) {
        this.parser = parser;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("parser")
                .status(parser.saturated() ? HealthStatus.DOWN : HealthStatus.UP)
                .details(Map.of("stuckThreads", parser.stuckThreads()))
                .build());
    }
}
