package io.cairn.ports.out.ratelimit;

import java.time.Duration;
import java.util.Objects;

/** Whether a request fitted in its bucket and, when it did not, how long until one would. */
public record RateDecision(boolean allowed, Duration retryAfter) {

    public RateDecision {
        Objects.requireNonNull(retryAfter);
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative");
        }
    }

    public static RateDecision allow() {
        return new RateDecision(true, Duration.ZERO);
    }

    public static RateDecision refuse(Duration retryAfter) {
        return new RateDecision(false, retryAfter);
    }
}
