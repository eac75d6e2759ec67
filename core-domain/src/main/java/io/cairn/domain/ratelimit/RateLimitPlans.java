package io.cairn.domain.ratelimit;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The limits of every plan by name. A plan with no limits of its own gets the {@code free} plan's, so an
 * organization on an unknown plan is never unlimited.
 */
public record RateLimitPlans(Map<String, PlanRateLimits> byPlan) {

    public static final String FREE = "free";

    public RateLimitPlans {
        byPlan = Map.copyOf(Objects.requireNonNull(byPlan));
    }

    public static RateLimitPlans defaults() {
        return new RateLimitPlans(Map.of(FREE, PlanRateLimits.FREE_DEFAULTS));
    }

    public PlanRateLimits forPlan(String plan) {
        String name = plan == null ? FREE : plan.strip().toLowerCase(Locale.ROOT);
        PlanRateLimits own = byPlan.get(name);
        if (own != null) {
            return own;
        }
        return byPlan.getOrDefault(FREE, PlanRateLimits.FREE_DEFAULTS);
    }
}
