package io.cairn.domain.ratelimit;

import io.cairn.domain.error.ValidationException;
import java.time.Duration;
import java.util.Objects;

/** A token bucket: at most {@code requests} at once, refilled evenly so that {@code requests} fit in each period. */
public record RateLimit(long requests, Duration period) {

    public RateLimit {
        Objects.requireNonNull(period, "period");
        if (requests < 1) {
            throw new ValidationException("requests", "must be at least 1");
        }
        if (period.isNegative() || period.isZero()) {
            throw new ValidationException("period", "must be positive");
        }
    }

    public static RateLimit perMinute(long requests) {
        return new RateLimit(requests, Duration.ofMinutes(1));
    }

    public static RateLimit perHour(long requests) {
        return new RateLimit(requests, Duration.ofHours(1));
    }
}
