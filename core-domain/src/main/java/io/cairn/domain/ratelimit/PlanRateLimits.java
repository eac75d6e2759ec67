package io.cairn.domain.ratelimit;

import java.util.Objects;

/**
 * The layered limits of one plan: each visitor of a bot (by IP address or verified user id), each bot, and the
 * whole organization. A request must fit in all three.
 */
public record PlanRateLimits(RateLimit visitor, RateLimit bot, RateLimit organization) {

    /** The {@code free} plan when nothing is configured. */
    public static final PlanRateLimits FREE_DEFAULTS =
            new PlanRateLimits(RateLimit.perMinute(20), RateLimit.perMinute(120), RateLimit.perHour(1_000));

    public PlanRateLimits {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(organization, "organization");
    }
}
