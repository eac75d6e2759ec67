package io.cairn.adapter.out.jdbc.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.domain.billing.UsageMetric;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.Organization;
import io.cairn.ports.out.persistence.BillingAccountRepository;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.UsageRepository;
import io.cairn.ports.out.persistence.UsageRepositoryContract;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JdbcUsageRepositoryTest extends UsageRepositoryContract {

    @Override
    protected UsageRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcUsageRepository.class);
    }

    @Test
    void should_let_only_as_many_concurrent_requests_through_as_credits_are_left() throws Exception {
        // given
        UsageRepository usage = newRepository();
        Instant period = Instant.parse("2026-05-01T00:00:00Z");
        BotId bot = BotId.random();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<OptionalLong>> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            requests.add(() -> usage.addWithin(orgA, period, UsageMetric.MESSAGES, bot, 1, 25));
        }
        // when
        long passed = 0;
        for (Future<OptionalLong> result : pool.invokeAll(requests)) {
            passed += result.get().isPresent() ? 1 : 0;
        }
        pool.shutdown();
        // then
        assertThat(passed).isEqualTo(25);
        assertThat(usage.counted(orgA, period, UsageMetric.MESSAGES)).isEqualTo(25);
    }

    @Test
    void should_read_the_plan_and_anchor_and_change_them() {
        // given
        var context = H2TestDatabase.context();
        Instant created = Instant.parse("2026-01-31T08:00:00Z");
        context.getBean(OrganizationRepository.class).save(new Organization(orgA, "Acme", "free", created));
        BillingAccountRepository accounts = context.getBean(JdbcBillingAccountRepository.class);
        // when
        var before = accounts.find(orgA).orElseThrow();
        boolean changed = accounts.changePlan(orgA, "pro", Instant.parse("2026-02-10T00:00:00Z"));
        // then
        assertThat(before.plan()).isEqualTo("free");
        assertThat(before.anchor()).isEqualTo(created);
        assertThat(changed).isTrue();
        assertThat(accounts.find(orgA).orElseThrow().anchor()).isEqualTo(Instant.parse("2026-02-10T00:00:00Z"));
        assertThat(accounts.find(orgA).orElseThrow().plan()).isEqualTo("pro");
        assertThat(accounts.changePlan(orgB, "pro", created)).isFalse();
        assertThat(newRepository().holding(orgA, UsageMetric.BOTS)).isZero();
    }
}
