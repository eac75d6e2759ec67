package io.cairn.host.server;

import io.cairn.domain.retrieval.Fusion;
import io.cairn.domain.retrieval.RankFusion;
import io.cairn.domain.retrieval.ScoreFusion;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How hybrid retrieval fuses its two rankings, under {@code cairn.retrieval.fusion.*}: {@code score} (convex
 * combination of normalised scores, weight {@code alpha} on vectors) or {@code rrf} (weighted reciprocal rank).
 * The defaults are the ones measured best on SciFact (docs/benchmarks.md).
 */
@ConfigurationProperties("cairn.retrieval.fusion")
public record FusionSettings(
        @Bindable(defaultValue = "score") String method,
        @Bindable(defaultValue = "0.7") double alpha,
        @Bindable(defaultValue = "60") int rrfK,
        @Bindable(defaultValue = "1.0") double vectorWeight,
        @Bindable(defaultValue = "1.0") double keywordWeight) {

    public Fusion fusion() {
        return switch (method) {
            case "score" -> new ScoreFusion(alpha);
            case "rrf" -> new RankFusion(rrfK, vectorWeight, keywordWeight);
            default -> throw new IllegalArgumentException("cairn.retrieval.fusion.method must be score or rrf");
        };
    }
}
