package io.cairn.ports.fakes;

import io.cairn.domain.billing.UsageMetric;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.UsageRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** In-memory {@link UsageRepository}: counters in maps; stock metrics are whatever a test says it holds. */
public class InMemoryUsageRepository implements UsageRepository {

    private final Map<List<Object>, Long> counters = new HashMap<>();
    private final Map<List<Object>, Long> holdings = new HashMap<>();
    private final Map<List<Object>, Long> credits = new HashMap<>();
    private final Set<List<Object>> thresholds = new HashSet<>();

    /** Sets what the organization holds of a stock metric (its bots, pages, members, bytes). */
    public synchronized void hold(OrganizationId organization, UsageMetric metric, long amount) {
        holdings.put(List.of(organization, metric), amount);
    }

    @Override
    public synchronized long holding(OrganizationId organization, UsageMetric metric) {
        return holdings.getOrDefault(List.of(organization, metric), 0L);
    }

    @Override
    public synchronized OptionalLong addWithin(
            OrganizationId organization, Instant periodStart, UsageMetric metric, BotId bot, long amount, long limit) {
        long used = counted(organization, periodStart, metric);
        if (limit >= 0 && used + amount > limit) {
            return OptionalLong.empty();
        }
        counters.merge(List.of(organization, periodStart, metric, bot), amount, Long::sum);
        return OptionalLong.of(used + amount);
    }

    @Override
    public synchronized long counted(OrganizationId organization, Instant periodStart, UsageMetric metric) {
        return countedByBot(organization, periodStart, metric).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    @Override
    public synchronized Map<BotId, Long> countedByBot(
            OrganizationId organization, Instant periodStart, UsageMetric metric) {
        Map<BotId, Long> byBot = new HashMap<>();
        counters.forEach((key, used) -> {
            if (key.get(0).equals(organization) && key.get(1).equals(periodStart) && key.get(2) == metric) {
                byBot.merge((BotId) key.get(3), used, Long::sum);
            }
        });
        return byBot;
    }

    @Override
    public synchronized void addCredits(OrganizationId organization, Instant periodStart, long amount, Instant at) {
        credits.merge(List.of(organization, periodStart), amount, Long::sum);
    }

    @Override
    public synchronized long addOnCredits(OrganizationId organization, Instant periodStart) {
        return credits.getOrDefault(List.of(organization, periodStart), 0L);
    }

    @Override
    public synchronized boolean markThreshold(
            OrganizationId organization, Instant periodStart, UsageMetric metric, int percent) {
        return thresholds.add(List.of(organization, periodStart, metric, percent));
    }
}
