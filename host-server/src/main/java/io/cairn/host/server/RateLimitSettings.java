package io.cairn.host.server;

import io.cairn.domain.ratelimit.PlanRateLimits;
import io.cairn.domain.ratelimit.RateLimit;
import io.cairn.domain.ratelimit.RateLimitPlans;
import io.micronaut.context.env.Environment;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the limits of each plan from {@code cairn.rate-limits.<plan>.<layer>.requests} and {@code .period}, layers
 * being {@code visitor}, {@code bot} and {@code organization}. A value a plan leaves out is the {@code free} plan's,
 * and the {@code free} plan's defaults are {@link PlanRateLimits#FREE_DEFAULTS}.
 */
final class RateLimitSettings {

    static final String PREFIX = "cairn.rate-limits";

    private RateLimitSettings() {}

    static RateLimitPlans read(Environment environment) {
        PlanRateLimits free = plan(environment, RateLimitPlans.FREE, PlanRateLimits.FREE_DEFAULTS);
        Map<String, PlanRateLimits> plans = new HashMap<>();
        plans.put(RateLimitPlans.FREE, free);
        for (String name : environment.getPropertyEntries(PREFIX)) {
            plans.putIfAbsent(name, plan(environment, name, free));
        }
        return new RateLimitPlans(plans);
    }

    private static PlanRateLimits plan(Environment environment, String name, PlanRateLimits fallback) {
        return new PlanRateLimits(
                limit(environment, name, "visitor", fallback.visitor()),
                limit(environment, name, "bot", fallback.bot()),
                limit(environment, name, "organization", fallback.organization()));
    }

    private static RateLimit limit(Environment environment, String plan, String layer, RateLimit fallback) {
        String prefix = PREFIX + "." + plan + "." + layer + ".";
        return new RateLimit(
                environment.getProperty(prefix + "requests", Long.class).orElse(fallback.requests()),
                environment.getProperty(prefix + "period", Duration.class).orElse(fallback.period()));
    }
}
