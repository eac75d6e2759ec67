package io.cairn.domain.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.bot.RetrievalSettings;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AnswerabilityTest {

    private static final RetrievalSettings HYBRID = new RetrievalSettings(RetrievalMode.HYBRID, 5, 0.55);
    private static final RetrievalSettings VECTOR = new RetrievalSettings(RetrievalMode.VECTOR, 5, 0.55);
    private static final RetrievalSettings KEYWORD = new RetrievalSettings(RetrievalMode.KEYWORD, 5, 2.0);

    @Test
    void should_be_answerable_when_the_best_similarity_reaches_min_score() {
        // given
        var ranked = List.of(ranked("a", score(0.40), none()), ranked("b", score(0.55), none()));
        // when
        boolean hybrid = Answerability.isAnswerable(ranked, HYBRID);
        boolean vector = Answerability.isAnswerable(ranked, VECTOR);
        // then
        assertThat(hybrid).isTrue();
        assertThat(vector).isTrue();
    }

    @Test
    void should_not_be_answerable_when_every_similarity_is_below_min_score() {
        // given
        var ranked = List.of(ranked("a", score(0.54), none()), ranked("b", score(0.12), none()));
        // when
        boolean answerable = Answerability.isAnswerable(ranked, HYBRID);
        // then
        assertThat(answerable).isFalse();
    }

    @Test
    void should_ignore_keyword_scores_when_mode_is_hybrid() {
        // given a strong BM25 match that the vector ranking never saw
        var ranked = List.of(ranked("a", none(), score(25.0)), ranked("b", score(0.30), score(1.0)));
        // when
        boolean answerable = Answerability.isAnswerable(ranked, HYBRID);
        // then
        assertThat(answerable).isFalse();
    }

    @Test
    void should_compare_bm25_scores_with_min_score_when_mode_is_keyword() {
        // given
        var strong = List.of(ranked("a", none(), score(3.5)));
        var weak = List.of(ranked("a", score(0.99), score(1.2)));
        // when
        boolean strongAnswerable = Answerability.isAnswerable(strong, KEYWORD);
        boolean weakAnswerable = Answerability.isAnswerable(weak, KEYWORD);
        // then
        assertThat(strongAnswerable).isTrue();
        assertThat(weakAnswerable).isFalse();
    }

    @Test
    void should_not_be_answerable_when_nothing_was_retrieved() {
        // when
        boolean hybrid = Answerability.isAnswerable(List.of(), HYBRID);
        boolean keyword = Answerability.isAnswerable(List.of(), KEYWORD);
        // then
        assertThat(hybrid).isFalse();
        assertThat(keyword).isFalse();
    }

    @Test
    void should_drop_clearly_dissimilar_passages_but_keep_keyword_only_ones_when_mode_is_hybrid() {
        // given
        var ranked = List.of(
                ranked("close", score(0.70), none()),
                ranked("near-floor", score(0.50), none()),
                ranked("far", score(0.20), score(4.0)),
                ranked("keyword-only", none(), score(6.0)));
        // when
        List<RankedChunk> relevant = Answerability.relevant(ranked, HYBRID);
        // then
        assertThat(relevant)
                .extracting(r -> r.chunk().chunkId())
                .containsExactly("close", "near-floor", "keyword-only");
    }

    @Test
    void should_keep_every_passage_when_mode_is_keyword() {
        // given
        var ranked = List.of(ranked("a", none(), score(4.0)), ranked("b", none(), score(0.1)));
        // when
        List<RankedChunk> relevant = Answerability.relevant(ranked, KEYWORD);
        // then
        assertThat(relevant).hasSize(2);
    }

    private static OptionalDouble score(double value) {
        return OptionalDouble.of(value);
    }

    private static OptionalDouble none() {
        return OptionalDouble.empty();
    }

    private static RankedChunk ranked(String id, OptionalDouble similarity, OptionalDouble keyword) {
        var hit = new ChunkHit(id, DocumentId.random(), SourceId.random(), "", "", "text", 0);
        return new RankedChunk(hit, 0.01, similarity, keyword);
    }
}
