package io.cairn.adapter.out.pgvector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChunkScoresTest {

    @Test
    void should_rank_by_summed_score_then_key_when_many_keys_share_scores() {
        // given: 5,000 keys, each scored twice, with many equal sums
        var scores = new ChunkScores(4);
        var expected = new TreeMap<Long, Double>();
        var random = new Random(7);
        for (int round = 0; round < 2; round++) {
            for (long key = 1; key <= 5000; key++) {
                double score = random.nextInt(20) / 4.0;
                scores.add(key * 7919, score);
                expected.merge(key * 7919, score, Double::sum);
            }
        }
        var keys = new long[50];
        var sums = new double[50];
        // when
        int filled = scores.top(50, keys, sums);
        // then
        var ranked = expected.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue())
                        ? Long.compare(a.getKey(), b.getKey())
                        : Double.compare(b.getValue(), a.getValue()))
                .limit(50)
                .toList();
        assertThat(filled).isEqualTo(50);
        assertThat(scores.size()).isEqualTo(5000);
        for (int i = 0; i < 50; i++) {
            assertThat(keys[i]).isEqualTo(ranked.get(i).getKey());
            assertThat(sums[i]).isEqualTo(ranked.get(i).getValue());
        }
    }

    @Test
    void should_fill_only_as_many_as_there_are_keys_when_asked_for_more() {
        // given
        var scores = new ChunkScores(16);
        scores.add(3, 1.0);
        scores.add(9, 2.0);
        var keys = new long[10];
        var sums = new double[10];
        // when
        int filled = scores.top(10, keys, sums);
        // then
        assertThat(filled).isEqualTo(2);
        assertThat(keys).startsWith(9, 3);
    }
}
