package io.cairn.adapter.out.jdbc.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.ratelimit.RateLimit;
import io.cairn.ports.fakes.MutableClock;
import io.cairn.ports.out.ratelimit.RateLimitPort;
import io.cairn.ports.out.ratelimit.RateLimitPortContract;
import io.cairn.ports.out.time.ClockPort;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class Bucket4jLocalRateLimitAdapterTest extends RateLimitPortContract {

    @Override
    protected RateLimitPort newLimiter(ClockPort clock) {
        return new Bucket4jLocalRateLimitAdapter(clock);
    }

    @Test
    void should_forget_buckets_that_are_full_again_when_the_sweep_comes() {
        // given
        MutableClock time = new MutableClock();
        var limiter = new Bucket4jLocalRateLimitAdapter(time);
        RateLimit twoPerSecond = new RateLimit(2, Duration.ofSeconds(1));
        for (int visitor = 0; visitor < 50; visitor++) {
            limiter.tryTake("visitor:" + visitor, twoPerSecond);
        }
        assertThat(limiter.size()).isEqualTo(50);
        // when: a minute later, one new request triggers the sweep
        time.advance(Duration.ofMinutes(2));
        limiter.tryTake("visitor:new", twoPerSecond);
        // then
        assertThat(limiter.size()).isEqualTo(1);
    }
}
