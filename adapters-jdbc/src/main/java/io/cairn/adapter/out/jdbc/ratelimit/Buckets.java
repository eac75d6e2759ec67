package io.cairn.adapter.out.jdbc.ratelimit;

import io.cairn.domain.common.ContentHash;
import io.cairn.domain.ratelimit.RateLimit;
import io.cairn.ports.out.ratelimit.RateDecision;
import io.cairn.ports.out.time.ClockPort;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.time.Instant;

/** What both bucket4j adapters share: the bucket for a limit, the key it is stored under, the clock, the answer. */
final class Buckets {

    private Buckets() {}

    /** A bucket that starts full and refills evenly ("greedily"), so a limit's requests fit in each period. */
    static BucketConfiguration configuration(RateLimit limit) {
        return BucketConfiguration.builder().addLimit(bandwidth(limit)).build();
    }

    static Bandwidth bandwidth(RateLimit limit) {
        return Bandwidth.builder()
                .capacity(limit.requests())
                .refillGreedy(limit.requests(), limit.period())
                .build();
    }

    /**
     * The SHA-256 of the caller's key and the limit: the store never holds an address or a user id, and a changed
     * limit (a new plan, new settings) starts a fresh bucket at once instead of inheriting the old one's shape.
     */
    static String storageKey(String key, RateLimit limit) {
        return ContentHash.of(
                key + "|" + limit.requests() + "/" + limit.period().toMillis());
    }

    static RateDecision decision(ConsumptionProbe probe) {
        return probe.isConsumed()
                ? RateDecision.allow()
                : RateDecision.refuse(Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill())));
    }

    /** bucket4j reads time through the application's clock, so tests can move it. */
    static TimeMeter meter(ClockPort clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.now();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
