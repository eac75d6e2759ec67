package io.cairn.adapter.out.pgvector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTermsTest {

    @Test
    void should_lower_case_stem_and_drop_stop_words_when_counting_terms() {
        // when
        var frequencies = EnglishTerms.frequencies("Refund Policies", "The refunds are processed; a refund is QUICK!");
        // then
        assertThat(frequencies)
                .containsEntry("refund", 3)
                .containsEntry("polici", 1)
                .containsEntry("process", 1)
                .containsEntry("quick", 1)
                .doesNotContainKeys("the", "are", "a", "is");
        assertThat(frequencies.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(6);
    }

    @Test
    void should_keep_digits_and_split_on_punctuation_when_counting_terms() {
        // when
        var frequencies = EnglishTerms.frequencies("", "error-404 on v2.0, error 500");
        // then
        assertThat(frequencies).containsEntry("error", 2).containsKeys("404", "500");
    }

    @Test
    void should_return_distinct_terms_in_order_when_analysing_a_query() {
        // when
        var terms = EnglishTerms.queryTerms("Kangaroos in the outback, kangaroo!");
        // then
        assertThat(terms).containsExactly("kangaroo", "outback");
    }

    @Test
    void should_return_no_terms_when_the_query_is_only_punctuation_and_stop_words() {
        // when / then
        assertThat(EnglishTerms.queryTerms("  ?! the of and ")).isEmpty();
    }

    @Test
    void should_cap_the_terms_when_a_query_is_very_long() {
        // given
        var query = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            query.append("w").append(i).append(' ');
        }
        // when / then
        assertThat(EnglishTerms.queryTerms(query.toString())).hasSize(EnglishTerms.MAX_QUERY_TERMS);
    }
}
