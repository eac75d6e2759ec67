package io.cairn.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.error.PlanLimitExceededException;
import io.cairn.domain.error.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlanPolicyTest {

    private static final Map<String, Long> CREDITS = Map.of("standard", 1L, "premium", 5L);
    private static final Plan FREE = new Plan("free", new PlanLimits(100, 1, 500, 1, 1_000), CREDITS);
    private static final Plan PRO = new Plan("pro", new PlanLimits(10_000, 5, 5_000, 3, 100_000), CREDITS);
    private static final Plan ENTERPRISE = new Plan("enterprise", PlanLimits.unlimited(), CREDITS);
    private final PlanPolicy policy =
            new PlanPolicy(new Plans(List.of(FREE, PRO, ENTERPRISE), Map.of("gpt-4o", "premium")));

    @ParameterizedTest
    @EnumSource(UsageMetric.class)
    void should_allow_up_to_the_limit_and_refuse_one_more_for_every_metric(UsageMetric metric) {
        // given
        long limit = FREE.limits().of(metric);
        // when
        LimitCheck last = PlanPolicy.check(FREE, metric, limit - 1, 1, 0);
        LimitCheck beyond = PlanPolicy.check(FREE, metric, limit, 1, 0);
        // then
        assertThat(last.allowed()).isTrue();
        assertThat(beyond.allowed()).isFalse();
        PlanLimitExceededException refusal = policy.refusal(FREE, beyond).orElseThrow();
        assertThat(refusal.code()).isEqualTo("plan_limit_" + metric.code());
        assertThat(refusal.limit()).isEqualTo(limit);
        assertThat(refusal.used()).isEqualTo(limit);
        assertThat(refusal.plan()).isEqualTo("free");
        assertThat(refusal.upgrade()).startsWith("Upgrade to pro for ");
    }

    @ParameterizedTest
    @EnumSource(UsageMetric.class)
    void should_never_refuse_when_the_plan_is_unlimited(UsageMetric metric) {
        // when
        LimitCheck check = PlanPolicy.check(ENTERPRISE, metric, Long.MAX_VALUE / 2, 1_000_000, 0);
        // then
        assertThat(check.allowed()).isTrue();
        assertThat(policy.refusal(ENTERPRISE, check)).isEmpty();
    }

    @Test
    void should_refuse_an_upload_bigger_than_the_storage_left_even_when_some_is_left() {
        // when
        LimitCheck check = PlanPolicy.check(FREE, UsageMetric.STORAGE, 600, 500, 0);
        // then
        assertThat(check.allowed()).isFalse();
        assertThat(check.remaining()).isEqualTo(400);
    }

    @Test
    void should_add_add_on_credits_to_message_credits_only() {
        // when
        LimitCheck messages = PlanPolicy.check(FREE, UsageMetric.MESSAGES, 100, 50, 50);
        LimitCheck pastAddOns = PlanPolicy.check(FREE, UsageMetric.MESSAGES, 150, 1, 50);
        LimitCheck bots = PlanPolicy.check(FREE, UsageMetric.BOTS, 1, 1, 50);
        // then
        assertThat(messages.allowed()).isTrue();
        assertThat(messages.limit()).isEqualTo(150);
        assertThat(pastAddOns.allowed()).isFalse();
        assertThat(bots.allowed()).isFalse();
        assertThat(PlanPolicy.effectiveLimit(ENTERPRISE, UsageMetric.MESSAGES, 50))
                .isEqualTo(PlanLimits.UNLIMITED);
    }

    @Test
    void should_hint_at_the_next_plan_that_allows_more() {
        // when / then
        assertThat(policy.upgradeHint(FREE, UsageMetric.MESSAGES))
                .isEqualTo("Upgrade to pro for 10,000 message credits a month.");
        assertThat(policy.upgradeHint(PRO, UsageMetric.BOTS)).isEqualTo("Upgrade to enterprise for unlimited bots.");
        assertThat(policy.upgradeHint(ENTERPRISE, UsageMetric.MESSAGES)).contains("add-on credits");
    }

    @Test
    void should_charge_the_tier_of_the_bots_model_and_standard_for_unknown_or_default_models() {
        // given
        Plans plans = policy.plans();
        // when / then
        assertThat(plans.creditsFor(FREE, "gpt-4o")).isEqualTo(5);
        assertThat(plans.creditsFor(FREE, "gpt-4o-mini")).isEqualTo(1);
        assertThat(plans.creditsFor(FREE, "")).isEqualTo(1);
    }

    @Test
    void should_give_the_free_plan_when_the_plan_is_unknown() {
        // when / then
        assertThat(policy.plans().plan("platinum")).isEqualTo(FREE);
        assertThat(policy.plans().plan(" PRO ")).isEqualTo(PRO);
        assertThat(policy.plans().knows("platinum")).isFalse();
        assertThat(new Plans(List.of(PRO), Map.of()).plan("nope").name()).isEqualTo("free");
    }

    @Test
    void should_report_80_and_100_percent_once_each_when_usage_crosses_them() {
        // when / then
        assertThat(PlanPolicy.crossed(100, 70, 79)).isEmpty();
        assertThat(PlanPolicy.crossed(100, 79, 80)).containsExactly(80);
        assertThat(PlanPolicy.crossed(100, 80, 99)).isEmpty();
        assertThat(PlanPolicy.crossed(100, 99, 100)).containsExactly(100);
        assertThat(PlanPolicy.crossed(10, 7, 10)).containsExactly(80, 100);
        assertThat(PlanPolicy.crossed(PlanLimits.UNLIMITED, 0, 1_000)).isEmpty();
    }

    @Test
    void should_refuse_a_negative_limit_other_than_unlimited() {
        // when / then
        assertThatThrownBy(() -> new PlanLimits(-2, 1, 1, 1, 1)).isInstanceOf(ValidationException.class);
    }
}
