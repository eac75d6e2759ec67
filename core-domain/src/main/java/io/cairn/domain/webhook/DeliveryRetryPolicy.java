package io.cairn.domain.webhook;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a delivery is attempted and how long it waits in between: {@code firstDelay} after the first failure,
 * growing by {@code multiplier} after each further one, until {@code maxAttempts} attempts have failed.
 */
public record DeliveryRetryPolicy(int maxAttempts, Duration firstDelay, double multiplier) {

    public DeliveryRetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a delivery gets at least one attempt");
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        if (multiplier < 1) {
            throw new IllegalArgumentException("the backoff multiplier must be at least 1");
        }
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    public Duration delayAfter(int failedAttempts) {
        double factor = Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        return Duration.ofMillis(Math.round(firstDelay.toMillis() * factor));
    }
}
