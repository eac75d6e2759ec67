package io.cairn.adapter.out.local;

import io.cairn.adapter.out.local.PassageSentences.Candidate;
import io.cairn.domain.answer.Passage;
import io.cairn.ports.out.answer.ExtractedSentence;
import io.cairn.ports.out.answer.ExtractiveAnswerPort;
import io.cairn.ports.out.embedding.EmbeddingPort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Driven adapter: answers by quoting the passage sentences nearest the question in embedding space, verbatim. */
public final class LocalExtractiveAnswerAdapter implements ExtractiveAnswerPort {

    private static final int MIN_WORDS = 4;
    // A longer sentence is skipped, not shortened: cutting it would put words in the passage's mouth.
    private static final int MAX_WORDS = 60;
    private static final int MAX_CANDIDATES = 40;
    private static final int MAX_SENTENCES = 3;
    private static final double LEXICAL_WEIGHT = 0.1;
    private static final double DEFINITION_BONUS = 0.15;
    private static final double MARGIN_FROM_BEST = 0.08;
    // Measured with bge-small: sentences unrelated to a question score 0.25-0.47, sentences that answer it 0.6-0.85.
    private static final double FLOOR = 0.6;

    private final EmbeddingPort embedding;

    public LocalExtractiveAnswerAdapter(EmbeddingPort embedding) {
        this.embedding = Objects.requireNonNull(embedding);
    }

    @Override
    public List<ExtractedSentence> extract(String question, List<Passage> passages) {
        if (question.isBlank() || passages.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = embeddable(PassageSentences.of(passages, MIN_WORDS, MAX_WORDS, MAX_CANDIDATES));
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<ExtractedSentence> scored = score(question, candidates);
        double best =
                scored.stream().mapToDouble(ExtractedSentence::score).max().orElseThrow();
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            double s = scored.get(i).score();
            if (s >= FLOOR && s >= best - MARGIN_FROM_BEST) {
                chosen.add(i);
            }
        }
        return chosen.stream()
                .sorted(Comparator.comparingDouble(i -> -scored.get(i).score()))
                .limit(MAX_SENTENCES)
                .sorted(Comparator.comparingInt((Integer i) -> candidates.get(i).passageNumber())
                        .thenComparingInt(i -> candidates.get(i).position()))
                .map(scored::get)
                .toList();
    }

    private List<Candidate> embeddable(List<Candidate> candidates) {
        return candidates.stream()
                .filter(c -> {
                    int tokens = embedding.count(c.text());
                    return tokens > 0 && tokens <= embedding.maxInputTokens();
                })
                .toList();
    }

    private List<ExtractedSentence> score(String question, List<Candidate> candidates) {
        float[] q = embedding.embedQuery(question);
        List<float[]> vectors =
                embedding.embedAll(candidates.stream().map(Candidate::text).toList());
        LexicalOverlap overlap = new LexicalOverlap(question);
        DefinitionCue definition = new DefinitionCue(question);
        List<ExtractedSentence> scored = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            double score = Vectors.cosine(q, vectors.get(i))
                    + LEXICAL_WEIGHT * overlap.score(c.text())
                    + (definition.defines(c.text()) ? DEFINITION_BONUS : 0);
            scored.add(new ExtractedSentence(c.passageNumber(), c.text(), score));
        }
        return scored;
    }
}
