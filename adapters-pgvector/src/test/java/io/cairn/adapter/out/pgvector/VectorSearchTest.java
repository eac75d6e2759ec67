package io.cairn.adapter.out.pgvector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VectorSearchTest {

    @Test
    void should_keep_one_and_a_half_times_the_limit_as_candidates_when_hybrid_asks_for_a_hundred() {
        // when / then
        assertThat(VectorSearch.efSearch(100)).isEqualTo(150);
        assertThat(VectorSearch.efSearch(200)).isEqualTo(300);
    }

    @Test
    void should_search_at_least_a_hundred_candidates_and_at_most_the_cap_when_the_limit_is_small_or_huge() {
        // when / then
        assertThat(VectorSearch.efSearch(1)).isEqualTo(100);
        assertThat(VectorSearch.efSearch(10)).isEqualTo(100);
        assertThat(VectorSearch.efSearch(5000)).isEqualTo(1000);
    }
}
