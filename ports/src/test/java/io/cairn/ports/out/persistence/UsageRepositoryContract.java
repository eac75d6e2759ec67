package io.cairn.ports.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.billing.UsageMetric;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link UsageRepository} shares: the in-memory fake and each database adapter extend it. */
public abstract class UsageRepositoryContract {

    protected final OrganizationId orgA = OrganizationId.random();
    protected final OrganizationId orgB = OrganizationId.random();
    private final BotId botA = BotId.random();
    private final BotId botB = BotId.random();
    private final Instant march = Instant.parse("2026-03-10T00:00:00Z");
    private final Instant april = Instant.parse("2026-04-10T00:00:00Z");
    private UsageRepository usage;

    /** A repository to test; it may hold other tests' rows, never this test's random tenants. */
    protected abstract UsageRepository newRepository();

    @BeforeEach
    void createRepository() {
        usage = newRepository();
    }

    @Test
    void should_count_per_organization_and_per_bot_within_one_period() {
        // when
        usage.addWithin(orgA, march, UsageMetric.MESSAGES, botA, 1, 100);
        usage.addWithin(orgA, march, UsageMetric.MESSAGES, botA, 5, 100);
        usage.addWithin(orgA, march, UsageMetric.MESSAGES, botB, 1, 100);
        usage.addWithin(orgB, march, UsageMetric.MESSAGES, botA, 3, 100);
        // then
        assertThat(usage.counted(orgA, march, UsageMetric.MESSAGES)).isEqualTo(7);
        assertThat(usage.countedByBot(orgA, march, UsageMetric.MESSAGES)).isEqualTo(Map.of(botA, 6L, botB, 1L));
        assertThat(usage.counted(orgB, march, UsageMetric.MESSAGES)).isEqualTo(3);
    }

    @Test
    void should_start_from_zero_when_the_next_period_begins() {
        // given
        usage.addWithin(orgA, march, UsageMetric.MESSAGES, botA, 10, 10);
        // when
        var april1 = usage.addWithin(orgA, april, UsageMetric.MESSAGES, botA, 1, 10);
        // then
        assertThat(april1).hasValue(1);
        assertThat(usage.counted(orgA, march, UsageMetric.MESSAGES)).isEqualTo(10);
        assertThat(usage.countedByBot(orgA, april, UsageMetric.MESSAGES)).isEqualTo(Map.of(botA, 1L));
    }

    @Test
    void should_add_nothing_when_the_amount_would_pass_the_limit() {
        // given
        assertThat(usage.addWithin(orgA, march, UsageMetric.MESSAGES, botA, 4, 5))
                .hasValue(4);
        // when
        var tooMuch = usage.addWithin(orgA, march, UsageMetric.MESSAGES, botB, 2, 5);
        var last = usage.addWithin(orgA, march, UsageMetric.MESSAGES, botB, 1, 5);
        var beyond = usage.addWithin(orgA, march, UsageMetric.MESSAGES, botA, 1, 5);
        // then
        assertThat(tooMuch).isEmpty();
        assertThat(last).hasValue(5);
        assertThat(beyond).isEmpty();
        assertThat(usage.countedByBot(orgA, march, UsageMetric.MESSAGES)).isEqualTo(Map.of(botA, 4L, botB, 1L));
    }

    @Test
    void should_never_refuse_when_unlimited() {
        // when
        var total = usage.addWithin(orgA, march, UsageMetric.MESSAGES, botA, 1_000_000, -1);
        // then
        assertThat(total).hasValue(1_000_000);
    }

    @Test
    void should_sum_the_add_on_credits_of_a_period_only() {
        // when
        usage.addCredits(orgA, march, 500, march.plusSeconds(60));
        usage.addCredits(orgA, march, 250, march.plusSeconds(120));
        usage.addCredits(orgB, march, 7, march);
        // then
        assertThat(usage.addOnCredits(orgA, march)).isEqualTo(750);
        assertThat(usage.addOnCredits(orgA, april)).isZero();
    }

    @Test
    void should_mark_a_threshold_once_per_metric_and_period() {
        // when / then
        assertThat(usage.markThreshold(orgA, march, UsageMetric.MESSAGES, 80)).isTrue();
        assertThat(usage.markThreshold(orgA, march, UsageMetric.MESSAGES, 80)).isFalse();
        assertThat(usage.markThreshold(orgA, march, UsageMetric.MESSAGES, 100)).isTrue();
        assertThat(usage.markThreshold(orgA, march, UsageMetric.BOTS, 80)).isTrue();
        assertThat(usage.markThreshold(orgA, april, UsageMetric.MESSAGES, 80)).isTrue();
        assertThat(usage.markThreshold(orgB, march, UsageMetric.MESSAGES, 80)).isTrue();
    }
}
