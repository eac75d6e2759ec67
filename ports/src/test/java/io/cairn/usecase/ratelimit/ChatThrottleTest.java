package io.cairn.usecase.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.error.RateLimitedException;
import io.cairn.domain.ratelimit.PlanRateLimits;
import io.cairn.domain.ratelimit.RateLimit;
import io.cairn.domain.ratelimit.RateLimitPlans;
import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.fakes.InMemoryOrganizationRepository;
import io.cairn.ports.fakes.InMemoryRateLimits;
import io.cairn.ports.fakes.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatThrottleTest {

    private static final PlanRateLimits FREE = limits(2);
    private static final PlanRateLimits PRO = limits(5);

    private final MutableClock clock = new MutableClock();
    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final ChatThrottle throttle = new ChatThrottle(
            organizations, new InMemoryRateLimits(clock), new RateLimitPlans(Map.of("free", FREE, "pro", PRO)));

    @Test
    void should_apply_the_limits_of_the_organizations_plan() {
        // given
        OrganizationId pro = organization("pro");
        BotId bot = BotId.random();
        // when
        for (int i = 0; i < 5; i++) {
            throttle.admitMessage(pro, bot, "ip:198.51.100.1");
        }
        // then
        assertThatThrownBy(() -> throttle.admitMessage(pro, bot, "ip:198.51.100.1"))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void should_fall_back_to_the_free_plan_when_the_plan_has_no_limits_of_its_own() {
        // given
        OrganizationId unknownPlan = organization("enterprise-trial");
        BotId bot = BotId.random();
        throttle.admitMessage(unknownPlan, bot, "ip:198.51.100.1");
        throttle.admitMessage(unknownPlan, bot, "ip:198.51.100.1");
        // when / then
        assertThatThrownBy(() -> throttle.admitMessage(unknownPlan, bot, "ip:198.51.100.1"))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void should_say_how_long_to_wait_when_refusing() {
        // given
        OrganizationId free = organization("free");
        BotId bot = BotId.random();
        throttle.admitMessage(free, bot, "ip:198.51.100.1");
        throttle.admitMessage(free, bot, "ip:198.51.100.1");
        // when
        RateLimitedException refused =
                assertThrows(RateLimitedException.class, () -> throttle.admitMessage(free, bot, "ip:198.51.100.1"));
        // then: two a minute, so the next one comes back within 30 seconds
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 30L);
        assertThat(refused.code()).isEqualTo("rate_limited");
    }

    private OrganizationId organization(String plan) {
        OrganizationId id = OrganizationId.random();
        organizations.save(new Organization(id, "Org on " + plan, plan, Instant.now()));
        return id;
    }

    private static PlanRateLimits limits(long perVisitor) {
        return new PlanRateLimits(
                new RateLimit(perVisitor, Duration.ofMinutes(1)),
                RateLimit.perMinute(1_000),
                RateLimit.perHour(10_000));
    }
}
