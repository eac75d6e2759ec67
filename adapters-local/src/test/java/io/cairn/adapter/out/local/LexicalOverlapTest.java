package io.cairn.adapter.out.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexicalOverlapTest {

    @Test
    void should_share_stemmed_content_words_when_forms_differ() {
        // given
        LexicalOverlap overlap = new LexicalOverlap("How do I reset my passwords?");

        // when
        double score = overlap.score("Resetting your password takes a minute.");

        // then
        assertThat(score).isEqualTo(1.0);
    }

    @Test
    void should_score_zero_when_only_stopwords_are_shared() {
        // given
        LexicalOverlap overlap = new LexicalOverlap("How do I reset my password?");

        // when
        double score = overlap.score("How do I know what to do?");

        // then
        assertThat(score).isZero();
    }

    @Test
    void should_score_a_fraction_when_some_terms_are_shared() {
        // given
        LexicalOverlap overlap = new LexicalOverlap("export invoices as PDF");

        // when
        double score = overlap.score("Every invoice can be downloaded.");

        // then
        assertThat(score).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    }
}
