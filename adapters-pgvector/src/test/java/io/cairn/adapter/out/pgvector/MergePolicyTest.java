package io.cairn.adapter.out.pgvector;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.out.pgvector.MergePolicy.Block;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergePolicyTest {

    @Test
    void should_leave_the_blocks_alone_when_there_are_few_and_mostly_live() {
        // given
        var blocks = List.of(new Block(1, 100), new Block(2, 3), new Block(3, 2));
        // when / then
        assertThat(MergePolicy.afterWrite(blocks, 100)).isEmpty();
    }

    @Test
    void should_merge_the_small_blocks_and_leave_the_large_one_when_there_are_more_than_eight() {
        // given: one large block, then nine one-posting blocks
        var blocks = new ArrayList<Block>();
        blocks.add(new Block(1, 1000));
        for (int i = 2; i <= 10; i++) {
            blocks.add(new Block(i, 1));
        }
        // when
        var merged = MergePolicy.afterWrite(blocks, 1009);
        // then
        assertThat(merged).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void should_take_a_larger_block_along_when_it_is_no_bigger_than_the_small_ones_together() {
        // given: sizes 1 x 8, then 8, then 100
        var blocks = new ArrayList<Block>();
        for (int i = 1; i <= 8; i++) {
            blocks.add(new Block(i, 1));
        }
        blocks.add(new Block(9, 8));
        blocks.add(new Block(10, 100));
        // when / then
        assertThat(MergePolicy.afterWrite(blocks, 116)).hasSize(9).contains(9L).doesNotContain(10L);
    }

    @Test
    void should_merge_every_block_when_dead_postings_outnumber_live_ones() {
        // given: 30 postings, 10 live
        var blocks = List.of(new Block(1, 20), new Block(2, 10));
        // when / then
        assertThat(MergePolicy.afterWrite(blocks, 10)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(MergePolicy.afterWrite(List.of(new Block(1, 5)), 0)).containsExactly(1L);
    }

    @Test
    void should_leave_a_single_block_alone_when_optimizing_unless_it_holds_dead_postings() {
        // when / then
        assertThat(MergePolicy.all(List.of(new Block(1, 5)), 5)).isEmpty();
        assertThat(MergePolicy.all(List.of(new Block(1, 5)), 4)).containsExactly(1L);
        assertThat(MergePolicy.all(List.of(new Block(1, 5), new Block(2, 1)), 6))
                .containsExactlyInAnyOrder(1L, 2L);
    }
}
