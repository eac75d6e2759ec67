package io.cairn.domain.error;

import java.time.Duration;
import java.util.Objects;

/** Too many requests in a rate-limit window; {@code retryAfter} says when the next one would be admitted. */
public final class RateLimitedException extends DomainException {

    private final Duration retryAfter;

    public RateLimitedException(String scope, Duration retryAfter) {
        super("rate_limited", "Too many requests for this " + scope + ". Try again later.");
        this.retryAfter = Objects.requireNonNull(retryAfter);
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds to wait, rounded up and at least one, as HTTP's {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        long millis = retryAfter.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
