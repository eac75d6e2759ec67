package io.cairn.domain.retrieval;

import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.bot.RetrievalSettings;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Decides whether retrieval found anything worth answering from. Vector and hybrid mode compare the best cosine
 * similarity with {@code minScore}; keyword mode compares the best BM25 score. Below it, no model is asked.
 */
public final class Answerability {

    private Answerability() {}

    public static boolean isAnswerable(List<RankedChunk> ranked, RetrievalSettings settings) {
        boolean keyword = settings.mode() == RetrievalMode.KEYWORD;
        return ranked.stream()
                .map(r -> keyword ? r.keywordScore() : r.similarity())
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .anyMatch(s -> s >= settings.minScore());
    }

    /** The passages worth showing: in vector and hybrid mode, those whose similarity clears the floor if known. */
    public static List<RankedChunk> relevant(List<RankedChunk> ranked, RetrievalSettings settings) {
        if (settings.mode() == RetrievalMode.KEYWORD) {
            return ranked;
        }
        double floor = settings.minScore() * 0.85;
        return ranked.stream()
                .filter(r -> r.similarity().isEmpty() || r.similarity().getAsDouble() >= floor)
                .toList();
    }
}
