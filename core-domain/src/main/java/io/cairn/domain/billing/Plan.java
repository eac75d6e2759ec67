package io.cairn.domain.billing;

import io.cairn.domain.common.Text;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A plan an organization is on: its name, its limits, and what one answer costs in message credits for each model
 * tier (for example {@code standard} 1, {@code premium} 5).
 */
public record Plan(String name, PlanLimits limits, Map<String, Long> creditsPerTier) {

    /** The tier of a model nobody named, and of extractive answers (no language model). */
    public static final String STANDARD_TIER = "standard";

    public Plan {
        name = Text.required(name, "plan", 50).toLowerCase(Locale.ROOT);
        Objects.requireNonNull(limits);
        creditsPerTier = Map.copyOf(creditsPerTier);
        creditsPerTier.forEach((tier, credits) -> {
            if (credits < 0) {
                throw new IllegalArgumentException("credits of tier " + tier + " must not be negative");
            }
        });
    }

    /** Credits one answer of a model of {@code tier} costs: an unknown tier costs what {@code standard} does. */
    public long creditsFor(String tier) {
        Long own = creditsPerTier.get(tier);
        if (own != null) {
            return own;
        }
        return creditsPerTier.getOrDefault(STANDARD_TIER, 1L);
    }
}
