package io.cairn.host.server;

import io.cairn.domain.billing.Plan;
import io.cairn.domain.billing.PlanLimits;
import io.cairn.domain.billing.Plans;
import io.cairn.domain.billing.UsageMetric;
import io.micronaut.context.env.Environment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the plan catalogue: {@code cairn.plans.<plan>.message-credits}, {@code .bots}, {@code .indexed-pages},
 * {@code .members}, {@code .storage-bytes} ({@code -1}: unlimited) and {@code .credits.<tier>}, and which models are
 * billed at a tier from {@code cairn.model-tiers.<tier>} (a list of model names). A value left out is the built-in plan's of that name
 * ({@link Plans#defaults()}), or the free plan's for a plan Cairn does not know.
 */
final class PlanSettings {

    static final String PREFIX = "cairn.plans";
    static final String TIERS = "cairn.model-tiers";

    private PlanSettings() {}

    static Plans read(Environment environment) {
        Plans defaults = Plans.defaults();
        Map<String, Plan> plans = new LinkedHashMap<>();
        defaults.ordered().forEach(p -> plans.put(p.name(), p));
        plans.put(Plans.FREE, plan(environment, Plans.FREE, defaults.plan(Plans.FREE)));
        List<String> named = new ArrayList<>(environment.getPropertyEntries(PREFIX));
        named.sort(null);
        for (String name : named) {
            String key = name.toLowerCase(Locale.ROOT);
            if (!key.equals(Plans.FREE)) {
                plans.put(key, plan(environment, key, plans.getOrDefault(key, plans.get(Plans.FREE))));
            }
        }
        Map<String, String> tiers = new HashMap<>();
        for (String tier : environment.getPropertyEntries(TIERS)) {
            environment.getProperty(TIERS + "." + tier, String[].class).ifPresent(models -> Arrays.stream(models)
                    .forEach(model -> tiers.put(model.strip(), tier)));
        }
        return new Plans(new ArrayList<>(plans.values()), tiers);
    }

    private static Plan plan(Environment environment, String name, Plan base) {
        String prefix = PREFIX + "." + name + ".";
        PlanLimits limits = base.limits();
        limits = limits.with(
                UsageMetric.MESSAGES, number(environment, prefix + "message-credits", limits.messageCredits()));
        limits = limits.with(UsageMetric.BOTS, number(environment, prefix + "bots", limits.bots()));
        limits = limits.with(UsageMetric.PAGES, number(environment, prefix + "indexed-pages", limits.indexedPages()));
        limits = limits.with(UsageMetric.MEMBERS, number(environment, prefix + "members", limits.members()));
        limits = limits.with(UsageMetric.STORAGE, number(environment, prefix + "storage-bytes", limits.storageBytes()));
        Map<String, Long> credits = new HashMap<>(base.creditsPerTier());
        for (String tier : environment.getPropertyEntries(prefix + "credits")) {
            credits.put(tier, number(environment, prefix + "credits." + tier, credits.getOrDefault(tier, 1L)));
        }
        return new Plan(name, limits, credits);
    }

    private static long number(Environment environment, String key, long fallback) {
        return environment.getProperty(key, Long.class).orElse(fallback);
    }
}
