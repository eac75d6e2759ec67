package io.cairn.usecase.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.billing.Plan;
import io.cairn.domain.billing.PlanLimits;
import io.cairn.domain.billing.PlanPolicy;
import io.cairn.domain.billing.Plans;
import io.cairn.domain.billing.UsageMetric;
import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.bot.ModelSettings;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.error.PlanLimitExceededException;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.event.EventTypes;
import io.cairn.domain.event.OutboundEvent;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.fakes.InMemoryBillingAccountRepository;
import io.cairn.ports.fakes.InMemoryUsageRepository;
import io.cairn.ports.in.billing.MetricUsage;
import io.cairn.ports.in.billing.UsageReport;
import io.cairn.ports.in.bot.CreateBotCommand;
import io.cairn.ports.in.source.AddSourceCommand.AddFile;
import io.cairn.usecase.UseCaseFixture;
import io.cairn.usecase.bot.CreateBotService;
import io.cairn.usecase.source.AddSourceService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanGateServicesTest {

    private static final Map<String, Long> CREDITS = Map.of("standard", 1L, "premium", 5L);
    private static final Plans PLANS = new Plans(
            List.of(
                    new Plan("free", new PlanLimits(10, 1, 50, 1, 1_000), CREDITS),
                    new Plan("pro", new PlanLimits(100, 5, 500, 3, 100_000), CREDITS)),
            Map.of("gpt-4o", "premium"));

    private final UseCaseFixture cairn = UseCaseFixture.extractive();
    private final InMemoryBillingAccountRepository accounts = new InMemoryBillingAccountRepository();
    private final InMemoryUsageRepository usage = new InMemoryUsageRepository();
    private final List<OutboundEvent> events = new ArrayList<>();
    private final MeteredPlanGate gate =
            new MeteredPlanGate(accounts, usage, cairn.bots, new PlanPolicy(PLANS), true, events::add, cairn.clock);
    private final FindUsageService findUsage = new FindUsageService(accounts, usage, PLANS, cairn.clock);
    private final ChangePlanService changePlan = new ChangePlanService(accounts, PLANS);
    private final AddCreditsService addCredits = new AddCreditsService(accounts, usage, cairn.clock);
    private Actor owner;
    private OrganizationId org;
    private Bot bot;

    @BeforeEach
    void openAccount() {
        owner = cairn.newOwner("owner@acme.test");
        org = owner.organizationId();
        bot = cairn.newBot(owner, "Support bot");
        accounts.open(org, "free", Instant.parse("2025-12-15T00:00:00Z"));
    }

    @Test
    void should_refuse_the_message_after_the_last_credit_with_the_limit_usage_and_an_upgrade_hint() {
        // given
        for (int i = 0; i < 10; i++) {
            gate.meterMessage(org, bot.id());
        }
        // when / then
        assertThatThrownBy(() -> gate.checkMessage(org, bot.id()))
                .isInstanceOfSatisfying(PlanLimitExceededException.class, e -> {
                    assertThat(e.code()).isEqualTo("plan_limit_messages");
                    assertThat(e.limit()).isEqualTo(10);
                    assertThat(e.used()).isEqualTo(10);
                    assertThat(e.plan()).isEqualTo("free");
                    assertThat(e.upgrade()).isEqualTo("Upgrade to pro for 100 message credits a month.");
                });
        assertThatThrownBy(() -> gate.meterMessage(org, bot.id())).isInstanceOf(PlanLimitExceededException.class);
        assertThat(usage.counted(org, Instant.parse("2025-12-15T00:00:00Z"), UsageMetric.MESSAGES))
                .isEqualTo(10);
    }

    @Test
    void should_give_fresh_credits_when_the_billing_period_rolls_over() {
        // given
        for (int i = 0; i < 10; i++) {
            gate.meterMessage(org, bot.id());
        }
        // when: the clock (1 January) passes the 15 January anchor day
        cairn.clock.advance(Duration.ofDays(15));
        gate.meterMessage(org, bot.id());
        // then
        UsageReport report = findUsage.usage(owner);
        assertThat(report.period().start()).isEqualTo(Instant.parse("2026-01-15T00:00:00Z"));
        assertThat(metric(report, UsageMetric.MESSAGES).used()).isEqualTo(1);
    }

    @Test
    void should_let_add_on_credits_extend_the_period_and_show_them_in_the_report() {
        // given
        for (int i = 0; i < 10; i++) {
            gate.meterMessage(org, bot.id());
        }
        // when
        addCredits.addCredits(org, 2);
        gate.meterMessage(org, bot.id());
        gate.meterMessage(org, bot.id());
        // then
        assertThatThrownBy(() -> gate.meterMessage(org, bot.id())).isInstanceOf(PlanLimitExceededException.class);
        UsageReport report = findUsage.usage(owner);
        assertThat(report.addOnCredits()).isEqualTo(2);
        assertThat(metric(report, UsageMetric.MESSAGES)).isEqualTo(new MetricUsage(UsageMetric.MESSAGES, 12, 12));
        assertThat(report.messagesByBot()).isEqualTo(Map.of(bot.id(), 12L));
    }

    @Test
    void should_charge_the_premium_tier_for_a_bot_on_a_premium_model() {
        // given
        Bot premium = cairn.newBot(
                owner,
                "Premium",
                new BotSettings(
                        null, null, null, null, null, null, null, new ModelSettings("gpt-4o", 0.2, 800), null, false));
        // when
        gate.meterMessage(org, premium.id());
        gate.meterMessage(org, premium.id());
        // then
        assertThatThrownBy(() -> gate.meterMessage(org, premium.id()))
                .isInstanceOfSatisfying(PlanLimitExceededException.class, e -> assertThat(e.used())
                        .isEqualTo(10));
    }

    @Test
    void should_publish_each_threshold_once_when_usage_crosses_80_and_100_percent() {
        // when
        for (int i = 0; i < 10; i++) {
            gate.meterMessage(org, bot.id());
        }
        // then
        assertThat(events).extracting(OutboundEvent::type).containsOnly(EventTypes.USAGE_THRESHOLD_REACHED);
        assertThat(events).extracting(e -> e.data().get("percent")).containsExactly(80, 100);
        assertThat(events.get(0).data())
                .containsEntry("metric", "messages")
                .containsEntry("limit", 10L)
                .containsEntry("used", 8L)
                .containsEntry("periodStart", "2025-12-15T00:00:00Z");
    }

    @Test
    void should_store_no_bot_when_the_plan_has_no_room_for_another() {
        // given
        var createBot = new CreateBotService(cairn.bots, cairn.workspaces, cairn.clock, gate, cairn.tx);
        usage.hold(org, UsageMetric.BOTS, 1);
        // when / then
        assertThatThrownBy(() -> createBot.create(owner, new CreateBotCommand("Second", Optional.empty(), null)))
                .isInstanceOfSatisfying(PlanLimitExceededException.class, e -> assertThat(e.code())
                        .isEqualTo("plan_limit_bots"));
        assertThat(cairn.findBots.list(owner, PageRequest.first(10)).items()).containsExactly(bot);
    }

    @Test
    void should_store_no_source_and_queue_nothing_when_an_upload_does_not_fit_the_storage_left() {
        // given
        var addSource = new AddSourceService(
                cairn.bots, cairn.sources, cairn.contents, cairn.jobs, cairn.tx, cairn.clock, cairn.fetcher, gate);
        usage.hold(org, UsageMetric.STORAGE, 900);
        int queued = cairn.jobs.pending().size();
        // when / then
        assertThatThrownBy(() ->
                        addSource.add(owner, new AddFile(bot.id(), "hours.txt", "text/plain", new byte[200], true)))
                .isInstanceOfSatisfying(PlanLimitExceededException.class, e -> {
                    assertThat(e.code()).isEqualTo("plan_limit_storage");
                    assertThat(e.used()).isEqualTo(900);
                });
        assertThat(cairn.sources.listByBot(org, bot.id(), PageRequest.first(10)).items())
                .isEmpty();
        assertThat(cairn.jobs.pending()).hasSize(queued);
    }

    @Test
    void should_allow_more_after_a_change_to_a_larger_plan() {
        // given
        usage.hold(org, UsageMetric.MEMBERS, 1);
        assertThatThrownBy(() -> gate.admit(org, UsageMetric.MEMBERS, 1))
                .isInstanceOf(PlanLimitExceededException.class);
        // when
        changePlan.changePlan(org, "PRO", Instant.parse("2026-01-01T00:00:00Z"));
        gate.admit(org, UsageMetric.MEMBERS, 1);
        // then
        UsageReport report = findUsage.usageOf(org);
        assertThat(report.plan()).isEqualTo("pro");
        assertThat(metric(report, UsageMetric.MEMBERS).limit()).isEqualTo(3);
    }

    @Test
    void should_refuse_an_unknown_plan_and_an_unknown_organization() {
        // when / then
        assertThatThrownBy(() -> changePlan.changePlan(org, "platinum", Instant.now()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("free, pro");
        assertThatThrownBy(() -> changePlan.changePlan(OrganizationId.random(), "pro", Instant.now()))
                .isInstanceOf(NotFoundException.class);
    }

    private static MetricUsage metric(UsageReport report, UsageMetric metric) {
        return report.metrics().stream()
                .filter(m -> m.metric() == metric)
                .findFirst()
                .orElseThrow();
    }
}
