package io.cairn.ports.fakes;

import io.cairn.domain.ratelimit.RateLimit;
import io.cairn.ports.out.ratelimit.RateDecision;
import io.cairn.ports.out.ratelimit.RateLimitPort;
import io.cairn.ports.out.time.ClockPort;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** In-memory token buckets on a test clock, refilled evenly like the real ones; a new limit starts a new bucket. */
public class InMemoryRateLimits implements RateLimitPort {

    private final ClockPort clock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    public InMemoryRateLimits(ClockPort clock) {
        this.clock = clock;
    }

    @Override
    public synchronized RateDecision tryTake(String key, RateLimit limit) {
        Instant now = clock.now();
        Bucket bucket = buckets.computeIfAbsent(key + "|" + limit, k -> new Bucket(limit.requests(), now));
        double nanosPerToken = (double) limit.period().toNanos() / limit.requests();
        double refilled = Duration.between(bucket.refilledAt, now).toNanos() / nanosPerToken;
        bucket.tokens = Math.min(limit.requests(), bucket.tokens + refilled);
        bucket.refilledAt = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return RateDecision.allow();
        }
        return RateDecision.refuse(Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) * nanosPerToken)));
    }

    private static final class Bucket {
        private double tokens;
        private Instant refilledAt;

        Bucket(double tokens, Instant refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
        }
    }
}
