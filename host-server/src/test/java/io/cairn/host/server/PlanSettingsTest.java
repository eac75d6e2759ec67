package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.billing.Plan;
import io.cairn.domain.billing.PlanLimits;
import io.cairn.domain.billing.Plans;
import io.micronaut.context.env.DefaultEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanSettingsTest {

    @Test
    void should_give_the_built_in_plans_in_order_when_nothing_is_configured() {
        // when
        Plans plans = PlanSettings.read(environment(Map.of()));
        // then
        assertThat(plans.ordered()).extracting(Plan::name).containsExactly("free", "pro", "business", "enterprise");
        assertThat(plans.plan("free").limits().messageCredits()).isEqualTo(100);
        assertThat(plans.plan("enterprise").limits()).isEqualTo(PlanLimits.unlimited());
    }

    @Test
    void should_override_limits_add_a_plan_and_bill_listed_models_at_their_tier() {
        // given
        Map<String, Object> properties = Map.of(
                "cairn.plans.free.message-credits", 3,
                "cairn.plans.free.bots", -1,
                "cairn.plans.team.members", 25,
                "cairn.plans.pro.credits.premium", 10,
                "cairn.model-tiers.premium", List.of("gpt-4o", "gpt-4.1"));
        // when
        Plans plans = PlanSettings.read(environment(properties));
        // then
        assertThat(plans.plan("free").limits().messageCredits()).isEqualTo(3);
        assertThat(plans.plan("free").limits().bots()).isEqualTo(PlanLimits.UNLIMITED);
        assertThat(plans.plan("team").limits().members()).isEqualTo(25);
        assertThat(plans.plan("team").limits().messageCredits()).isEqualTo(3);
        assertThat(plans.creditsFor(plans.plan("pro"), "gpt-4.1")).isEqualTo(10);
        assertThat(plans.creditsFor(plans.plan("free"), "gpt-4o")).isEqualTo(5);
        assertThat(plans.creditsFor(plans.plan("free"), "gpt-4o-mini")).isEqualTo(1);
    }

    private static Environment environment(Map<String, Object> properties) {
        DefaultEnvironment environment = new DefaultEnvironment(() -> List.of("plan-test"));
        environment.addPropertySource(PropertySource.of("test", properties));
        return environment.start();
    }
}
