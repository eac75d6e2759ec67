package io.cairn.ports.out.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.ratelimit.RateLimit;
import io.cairn.ports.fakes.MutableClock;
import io.cairn.ports.out.time.ClockPort;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link RateLimitPort} shares: the fake and each bucket4j adapter extend it. */
public abstract class RateLimitPortContract {

    private static final RateLimit THREE_PER_MINUTE = new RateLimit(3, Duration.ofMinutes(1));

    protected final MutableClock clock = new MutableClock();
    private final String key = "visitor:" + UUID.randomUUID();
    private RateLimitPort limiter;

    /** A limiter that reads the time from {@code clock}; it may hold other tests' buckets, never this test's key. */
    protected abstract RateLimitPort newLimiter(ClockPort clock);

    @BeforeEach
    void createLimiter() {
        limiter = newLimiter(clock);
    }

    @Test
    void should_admit_up_to_the_limit_then_refuse_with_a_wait_when_one_key_floods() {
        // given
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryTake(key, THREE_PER_MINUTE).allowed()).isTrue();
        }
        // when
        RateDecision fourth = limiter.tryTake(key, THREE_PER_MINUTE);
        // then: one request comes back every 20 seconds
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void should_admit_again_when_the_wait_has_passed() {
        // given
        exhaust(key, THREE_PER_MINUTE);
        Duration wait = limiter.tryTake(key, THREE_PER_MINUTE).retryAfter();
        // when
        clock.advance(wait.plusMillis(50));
        // then
        assertThat(limiter.tryTake(key, THREE_PER_MINUTE).allowed()).isTrue();
        assertThat(limiter.tryTake(key, THREE_PER_MINUTE).allowed()).isFalse();
    }

    @Test
    void should_keep_keys_apart_when_one_is_exhausted() {
        // given
        exhaust(key, THREE_PER_MINUTE);
        // when
        RateDecision other = limiter.tryTake(key + ":other", THREE_PER_MINUTE);
        // then
        assertThat(other.allowed()).isTrue();
    }

    @Test
    void should_apply_a_new_limit_at_once_when_the_limit_of_a_key_changes() {
        // given
        exhaust(key, THREE_PER_MINUTE);
        // when
        RateDecision raised = limiter.tryTake(key, new RateLimit(10, Duration.ofMinutes(1)));
        // then
        assertThat(raised.allowed()).isTrue();
    }

    private void exhaust(String bucket, RateLimit limit) {
        int taken = 0;
        while (limiter.tryTake(bucket, limit).allowed()) {
            taken++;
            assertThat(taken).as("requests admitted under %s", limit).isLessThanOrEqualTo((int) limit.requests());
        }
    }
}
