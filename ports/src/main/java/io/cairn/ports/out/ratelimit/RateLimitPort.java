package io.cairn.ports.out.ratelimit;

import io.cairn.domain.ratelimit.RateLimit;

/**
 * Driven port: token buckets by key. Every process that shares the port's store shares the buckets, so a limit holds
 * across nodes when the store is shared.
 */
public interface RateLimitPort {

    /** Takes one request from the key's bucket under that limit; a bucket seen for the first time starts full. */
    RateDecision tryTake(String key, RateLimit limit);
}
