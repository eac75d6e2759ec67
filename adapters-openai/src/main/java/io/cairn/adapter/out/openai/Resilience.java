package io.cairn.adapter.out.openai;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Builds the adapter's resilience4j decorators from its settings. */
final class Resilience {

    private Resilience() {}

    static Bulkhead bulkhead(OpenAiSettings settings) {
        return Bulkhead.of(
                "openai",
                BulkheadConfig.custom()
                        .maxConcurrentCalls(settings.maxConcurrentCalls())
                        .maxWaitDuration(Duration.ZERO)
                        .build());
    }

    private static final Duration LONG_AS_IT_TAKES = Duration.ofDays(365);

    /** Opens after {@code breakerFailures} failed calls in a row: a count window of that size, all of it failed. */
    static CircuitBreaker circuitBreaker(OpenAiSettings settings) {
        return CircuitBreaker.of(
                "openai",
                CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(settings.breakerFailures())
                        .minimumNumberOfCalls(settings.breakerFailures())
                        .failureRateThreshold(100)
                        .waitDurationInOpenState(settings.breakerOpenFor())
                        .permittedNumberOfCallsInHalfOpenState(1)
                        // A long answer is not an outage: Resilience4j would count every call over 60 s as slow and
                        // open on a window of them, switching the model off for answers that stream for a minute.
                        .slowCallDurationThreshold(LONG_AS_IT_TAKES)
                        // A refused request (bad key, unknown model) is our mistake, not the provider's outage.
                        .ignoreException(e ->
                                e instanceof AttemptFailure failure && failure.kind() == AttemptFailure.Kind.REJECTED)
                        .build());
    }

    /** Retries 429, 5xx and silence before the first token; waits what Retry-After asks, else jittered doubling. */
    static Retry retry(OpenAiSettings settings) {
        return retry("openai", settings.maxAttempts(), settings.retryBaseDelay(), settings.retryMaxDelay());
    }

    /** Retries 429, 5xx and connection failures of the embedding endpoint, with the same back-off. */
    static Retry retry(OpenAiEmbeddingSettings settings) {
        return retry("openai-embeddings", settings.maxAttempts(), settings.retryBaseDelay(), settings.retryMaxDelay());
    }

    private static Retry retry(String name, int maxAttempts, Duration baseDelay, Duration maxDelay) {
        return Retry.of(
                name,
                RetryConfig.custom()
                        .maxAttempts(maxAttempts)
                        .retryOnException(e -> e instanceof AttemptFailure failure && failure.retryable())
                        .intervalBiFunction((Integer attempt, Either<Throwable, Object> outcome) ->
                                delayMillis(baseDelay, maxDelay, attempt, outcome))
                        .build());
    }

    private static long delayMillis(
            Duration baseDelay, Duration maxDelay, int attempt, Either<Throwable, Object> outcome) {
        long cap = maxDelay.toMillis();
        if (outcome.isLeft() && outcome.getLeft() instanceof AttemptFailure failure) {
            var asked = failure.retryAfter();
            if (asked.isPresent()) {
                return Math.min(cap, asked.get().toMillis());
            }
        }
        long base = baseDelay.toMillis() << Math.min(attempt - 1, 16);
        // Full jitter between half and the whole back-off, so a crowd of visitors does not retry in step.
        long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        return Math.min(cap, jittered);
    }
}
