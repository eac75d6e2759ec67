package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.ratelimit.PlanRateLimits;
import io.cairn.domain.ratelimit.RateLimit;
import io.cairn.domain.ratelimit.RateLimitPlans;
import io.micronaut.context.env.DefaultEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitSettingsTest {

    @Test
    void should_give_the_free_defaults_when_nothing_is_configured() {
        // when
        RateLimitPlans plans = RateLimitSettings.read(environment(Map.of()));
        // then
        assertThat(plans.forPlan("free")).isEqualTo(PlanRateLimits.FREE_DEFAULTS);
        assertThat(plans.forPlan("anything")).isEqualTo(PlanRateLimits.FREE_DEFAULTS);
    }

    @Test
    void should_read_each_plan_and_fill_what_it_leaves_out_from_the_free_plan() {
        // given
        Map<String, Object> properties = Map.of(
                "cairn.rate-limits.free.visitor.requests",
                5,
                "cairn.rate-limits.free.visitor.period",
                "10s",
                "cairn.rate-limits.pro.bot.requests",
                600,
                "cairn.rate-limits.pro.organization.period",
                "1d");
        // when
        RateLimitPlans plans = RateLimitSettings.read(environment(properties));
        // then
        PlanRateLimits free = plans.forPlan("free");
        assertThat(free.visitor()).isEqualTo(new RateLimit(5, Duration.ofSeconds(10)));
        assertThat(free.bot()).isEqualTo(PlanRateLimits.FREE_DEFAULTS.bot());
        PlanRateLimits pro = plans.forPlan("pro");
        assertThat(pro.visitor()).isEqualTo(free.visitor());
        assertThat(pro.bot()).isEqualTo(new RateLimit(600, Duration.ofMinutes(1)));
        assertThat(pro.organization()).isEqualTo(new RateLimit(1_000, Duration.ofDays(1)));
    }

    private static Environment environment(Map<String, Object> properties) {
        DefaultEnvironment environment = new DefaultEnvironment(() -> List.of("rate-limit-test"));
        environment.addPropertySource(PropertySource.of("test", properties));
        return environment.start();
    }
}
