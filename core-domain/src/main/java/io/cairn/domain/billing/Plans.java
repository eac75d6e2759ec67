package io.cairn.domain.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of plans, cheapest first, and which tier each model is billed at. An unknown plan is the
 * {@code free} plan, so an organization on a plan nobody configured is never unlimited; an unknown model is billed
 * at the {@code standard} tier.
 */
public record Plans(List<Plan> ordered, Map<String, String> modelTiers) {

    public static final String FREE = "free";

    private static final long MB = 1024L * 1024L;

    public Plans {
        ordered = List.copyOf(ordered);
        modelTiers = Map.copyOf(modelTiers);
        if (ordered.stream().noneMatch(p -> p.name().equals(FREE))) {
            List<Plan> withFree = new ArrayList<>(ordered);
            withFree.add(0, defaults().plan(FREE));
            ordered = List.copyOf(withFree);
        }
    }

    /** free, pro, business and enterprise, with limits like the usual chatbot builders' tiers. */
    public static Plans defaults() {
        Map<String, Long> credits = Map.of(Plan.STANDARD_TIER, 1L, "premium", 5L);
        return new Plans(
                List.of(
                        new Plan(FREE, new PlanLimits(100, 1, 500, 1, 10 * MB), credits),
                        new Plan("pro", new PlanLimits(10_000, 5, 5_000, 3, 1024 * MB), credits),
                        new Plan("business", new PlanLimits(40_000, 20, 50_000, 10, 10 * 1024 * MB), credits),
                        new Plan("enterprise", PlanLimits.unlimited(), credits)),
                Map.of());
    }

    /** Whether {@code name} is a plan of this catalogue. */
    public boolean knows(String name) {
        return find(name).isPresent();
    }

    /** The plan called {@code name}, or the {@code free} plan when there is none. */
    public Plan plan(String name) {
        return find(name).orElseGet(() -> find(FREE).orElseThrow());
    }

    /** The tier a model is billed at; the deployment's default model (an empty name) is {@code standard}. */
    public String tierOf(String model) {
        return modelTiers.getOrDefault(model == null ? "" : model.strip(), Plan.STANDARD_TIER);
    }

    /** Credits one answer by {@code model} costs on {@code plan}. */
    public long creditsFor(Plan plan, String model) {
        return plan.creditsFor(tierOf(model));
    }

    /** The cheapest plan above {@code plan} that allows more of {@code metric}, if any. */
    public Optional<Plan> upgradeFor(Plan plan, UsageMetric metric) {
        long current = plan.limits().of(metric);
        boolean above = false;
        for (Plan candidate : ordered) {
            if (above && allowsMore(candidate.limits().of(metric), current)) {
                return Optional.of(candidate);
            }
            above |= candidate.name().equals(plan.name());
        }
        return Optional.empty();
    }

    private Optional<Plan> find(String name) {
        String wanted = name == null ? FREE : name.strip().toLowerCase(Locale.ROOT);
        return ordered.stream().filter(p -> p.name().equals(wanted)).findFirst();
    }

    private static boolean allowsMore(long candidate, long current) {
        return current != PlanLimits.UNLIMITED && (candidate == PlanLimits.UNLIMITED || candidate > current);
    }
}
