package io.cairn.domain.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    private static final double EPSILON = 1e-9;
    private static final Map<String, Integer> D1_AND_D3 = Map.of("d1", 1, "d3", 1);

    @Test
    void should_compute_ndcg_by_hand_when_two_of_three_results_are_relevant() {
        // given DCG = 1/log2(2) + 1/log2(4) = 1.5 and IDCG = 1/log2(2) + 1/log2(3)
        List<String> ranked = List.of("d1", "d2", "d3");
        double expected = 1.5 / (1 + 1 / log2(3));
        // when
        double ndcg = RankingMetrics.ndcgAt(10, ranked, D1_AND_D3);
        // then
        assertThat(ndcg).isCloseTo(expected, within(EPSILON)).isCloseTo(0.9197, within(1e-4));
    }

    @Test
    void should_give_ndcg_one_when_the_relevant_documents_come_first() {
        // when
        double ndcg = RankingMetrics.ndcgAt(10, List.of("d3", "d1", "d2"), D1_AND_D3);
        // then
        assertThat(ndcg).isCloseTo(1.0, within(EPSILON));
    }

    @Test
    void should_ignore_results_beyond_k_when_computing_ndcg() {
        // given the only relevant document at rank 11
        List<String> ranked = IntStream.rangeClosed(1, 11)
                .mapToObj(i -> i == 11 ? "rel" : "x" + i)
                .toList();
        // when
        double at10 = RankingMetrics.ndcgAt(10, ranked, Map.of("rel", 1));
        double at11 = RankingMetrics.ndcgAt(11, ranked, Map.of("rel", 1));
        // then
        assertThat(at10).isZero();
        assertThat(at11).isCloseTo(1 / log2(12), within(EPSILON));
    }

    @Test
    void should_score_the_more_relevant_document_first_higher_when_judgements_are_graded() {
        // given
        Map<String, Integer> graded = Map.of("high", 2, "low", 1);
        // when
        double bestFirst = RankingMetrics.ndcgAt(10, List.of("high", "low"), graded);
        double worstFirst = RankingMetrics.ndcgAt(10, List.of("low", "high"), graded);
        // then
        assertThat(bestFirst).isCloseTo(1.0, within(EPSILON));
        assertThat(worstFirst).isLessThan(bestFirst);
    }

    @Test
    void should_count_the_share_of_relevant_documents_found_when_computing_recall() {
        // given
        List<String> ranked = List.of("d1", "d2", "d3");
        // when
        double at1 = RankingMetrics.recallAt(1, ranked, D1_AND_D3);
        double at2 = RankingMetrics.recallAt(2, ranked, D1_AND_D3);
        double at10 = RankingMetrics.recallAt(10, ranked, D1_AND_D3);
        // then
        assertThat(at1).isCloseTo(0.5, within(EPSILON));
        assertThat(at2).isCloseTo(0.5, within(EPSILON));
        assertThat(at10).isCloseTo(1.0, within(EPSILON));
    }

    @Test
    void should_not_count_documents_judged_irrelevant_when_computing_recall() {
        // given
        Map<String, Integer> judged = Map.of("d1", 1, "d2", 0, "d4", 0);
        // when
        double recall = RankingMetrics.recallAt(10, List.of("d1"), judged);
        // then
        assertThat(recall).isCloseTo(1.0, within(EPSILON));
    }

    @Test
    void should_give_the_inverse_rank_of_the_first_relevant_document_when_computing_mrr() {
        // when
        double first = RankingMetrics.reciprocalRankAt(10, List.of("d1", "d2", "d3"), D1_AND_D3);
        double third = RankingMetrics.reciprocalRankAt(10, List.of("x", "y", "d3", "d1"), D1_AND_D3);
        double beyondK = RankingMetrics.reciprocalRankAt(2, List.of("x", "y", "d3"), D1_AND_D3);
        // then
        assertThat(first).isCloseTo(1.0, within(EPSILON));
        assertThat(third).isCloseTo(1.0 / 3, within(EPSILON));
        assertThat(beyondK).isZero();
    }

    @Test
    void should_score_zero_everywhere_when_nothing_relevant_was_retrieved() {
        // given
        List<String> ranked = List.of("x", "y", "z");
        // when
        double ndcg = RankingMetrics.ndcgAt(10, ranked, D1_AND_D3);
        double recall = RankingMetrics.recallAt(10, ranked, D1_AND_D3);
        double mrr = RankingMetrics.reciprocalRankAt(10, ranked, D1_AND_D3);
        // then
        assertThat(ndcg).isZero();
        assertThat(recall).isZero();
        assertThat(mrr).isZero();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
