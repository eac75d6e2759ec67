package io.cairn.ports.fakes;

import io.cairn.ports.out.ratelimit.RateLimitPort;
import io.cairn.ports.out.ratelimit.RateLimitPortContract;
import io.cairn.ports.out.time.ClockPort;

class InMemoryRateLimitsTest extends RateLimitPortContract {

    @Override
    protected RateLimitPort newLimiter(ClockPort clock) {
        return new InMemoryRateLimits(clock);
    }
}
