package io.cairn.adapter.out.jdbc.ratelimit;

import io.cairn.domain.ratelimit.RateLimit;
import io.cairn.ports.out.ratelimit.RateDecision;
import io.cairn.ports.out.ratelimit.RateLimitPort;
import io.cairn.ports.out.time.ClockPort;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Driven adapter: bucket4j token buckets in PostgreSQL's {@code rate_limit_buckets} (created by Flyway), each
 * request locking its bucket's row with {@code SELECT ... FOR UPDATE}, so every node on the database shares one
 * bucket per key. It takes the connection pool, not the transactional proxy: bucket4j commits on its own. Buckets
 * full again for a minute are deleted in batches, at most once a minute per node.
 */
public final class Bucket4jPostgresRateLimitAdapter implements RateLimitPort {

    private static final Logger LOG = LoggerFactory.getLogger(Bucket4jPostgresRateLimitAdapter.class);
    private static final String TABLE = "rate_limit_buckets";
    private static final Duration KEEP_FULL_BUCKETS = Duration.ofMinutes(1);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private static final int SWEEP_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private volatile Instant nextSweep = Instant.MIN;

    public Bucket4jPostgresRateLimitAdapter(DataSource dataSource, ClockPort clock) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .clientClock(Buckets.meter(clock))
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKETS))
                .build();
    }

    @Override
    public RateDecision tryTake(String key, RateLimit limit) {
        RateDecision decision = Buckets.decision(buckets.builder()
                .build(Buckets.storageKey(key, limit), () -> Buckets.configuration(limit))
                .tryConsumeAndReturnRemaining(1));
        sweepIfDue();
        return decision;
    }

    /** bucket4j stamps expiry on the system clock, so the sweep runs on it too. */
    private void sweepIfDue() {
        Instant now = Instant.now();
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(SWEEP_EVERY);
        try {
            buckets.removeExpired(SWEEP_BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete expired rate-limit buckets; will try again", e);
        }
    }
}
