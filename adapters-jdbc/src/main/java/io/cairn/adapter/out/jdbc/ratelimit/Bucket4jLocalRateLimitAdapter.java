package io.cairn.adapter.out.jdbc.ratelimit;

import io.cairn.domain.ratelimit.RateLimit;
import io.cairn.ports.out.ratelimit.RateDecision;
import io.cairn.ports.out.ratelimit.RateLimitPort;
import io.cairn.ports.out.time.ClockPort;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Driven adapter: bucket4j token buckets in this process's memory, for the embedded default, where one process is
 * the whole deployment. Buckets left alone for a whole period are full again, so they are dropped: forgetting them
 * changes nothing a client could see, and memory stays bounded by recent traffic.
 */
public final class Bucket4jLocalRateLimitAdapter implements RateLimitPort {

    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final ClockPort clock;
    private final TimeMeter meter;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private volatile Instant nextSweep;

    public Bucket4jLocalRateLimitAdapter(ClockPort clock) {
        this.clock = clock;
        this.meter = Buckets.meter(clock);
        this.nextSweep = clock.now().plus(SWEEP_EVERY);
    }

    @Override
    public RateDecision tryTake(String key, RateLimit limit) {
        Instant now = clock.now();
        Entry entry = buckets.computeIfAbsent(Buckets.storageKey(key, limit), k -> new Entry(newBucket(limit), limit));
        entry.lastUsed = now;
        RateDecision decision = Buckets.decision(entry.bucket.tryConsumeAndReturnRemaining(1));
        sweepIfDue(now);
        return decision;
    }

    /** How many buckets are held, for tests of the sweep. */
    int size() {
        return buckets.size();
    }

    private Bucket newBucket(RateLimit limit) {
        return Bucket.builder()
                .withCustomTimePrecision(meter)
                .addLimit(Buckets.bandwidth(limit))
                .build();
    }

    private void sweepIfDue(Instant now) {
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(SWEEP_EVERY);
        buckets.entrySet()
                .removeIf(e ->
                        e.getValue().lastUsed.plus(e.getValue().limit.period()).isBefore(now));
    }

    private static final class Entry {
        private final Bucket bucket;
        private final RateLimit limit;
        private volatile Instant lastUsed;

        Entry(Bucket bucket, RateLimit limit) {
            this.bucket = bucket;
            this.limit = limit;
        }
    }
}
