package io.cairn.domain.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.error.ValidationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitPlansTest {

    private static final PlanRateLimits PRO =
            new PlanRateLimits(RateLimit.perMinute(60), RateLimit.perMinute(600), RateLimit.perHour(10_000));

    @Test
    void should_give_a_plan_its_own_limits_whatever_the_case_of_its_name() {
        // given
        RateLimitPlans plans = new RateLimitPlans(Map.of("free", PlanRateLimits.FREE_DEFAULTS, "pro", PRO));
        // when / then
        assertThat(plans.forPlan("pro")).isEqualTo(PRO);
        assertThat(plans.forPlan(" PRO ")).isEqualTo(PRO);
    }

    @Test
    void should_give_the_free_limits_when_a_plan_has_none_of_its_own() {
        // given
        RateLimitPlans plans = new RateLimitPlans(Map.of("pro", PRO));
        // when / then
        assertThat(plans.forPlan("team")).isEqualTo(PlanRateLimits.FREE_DEFAULTS);
        assertThat(RateLimitPlans.defaults().forPlan(null)).isEqualTo(PlanRateLimits.FREE_DEFAULTS);
    }

    @Test
    void should_refuse_a_limit_that_admits_nothing() {
        // when / then
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofMinutes(1))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new RateLimit(5, Duration.ZERO)).isInstanceOf(ValidationException.class);
    }
}
