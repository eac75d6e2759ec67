package io.cairn.domain.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RankFusionTest {

    private final SourceId source = SourceId.random();
    private final DocumentId document = DocumentId.random();

    @Test
    void should_rank_a_chunk_found_by_both_rankings_first_when_others_top_only_one() {
        // given
        var vector = List.of(hit("vector-only", 0.91), hit("both", 0.90), hit("v3", 0.50));
        var keyword = List.of(hit("keyword-only", 12.0), hit("both", 11.0), hit("k3", 2.0));
        // when
        List<RankedChunk> fused = RankFusion.defaults().fuse(vector, keyword, 10);
        // then
        assertThat(fused).extracting(r -> r.chunk().chunkId()).startsWith("both");
        assertThat(fused.get(0).score()).isGreaterThan(fused.get(1).score());
    }

    @Test
    void should_score_each_ranking_by_reciprocal_rank_when_fusing() {
        // given
        var vector = List.of(hit("a", 0.9), hit("b", 0.8));
        var keyword = List.of(hit("b", 5.0));
        // when
        List<RankedChunk> fused = new RankFusion(60, 1.0, 1.0).fuse(vector, keyword, 10);
        // then
        assertThat(fused).extracting(r -> r.chunk().chunkId()).containsExactly("b", "a");
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 62 + 1.0 / 61, within(1e-12));
        assertThat(fused.get(1).score()).isCloseTo(1.0 / 61, within(1e-12));
    }

    @Test
    void should_return_at_most_limit_chunks_when_rankings_hold_more() {
        // given
        var vector = List.of(hit("a", 0.9), hit("b", 0.8), hit("c", 0.7));
        var keyword = List.of(hit("d", 9.0), hit("e", 8.0), hit("a", 7.0));
        // when
        List<RankedChunk> fused = RankFusion.defaults().fuse(vector, keyword, 2);
        // then
        assertThat(fused).hasSize(2);
        assertThat(fused.get(0).chunk().chunkId()).isEqualTo("a");
    }

    @Test
    void should_carry_the_raw_similarity_and_keyword_scores_when_fusing() {
        // given
        var vector = List.of(hit("both", 0.83), hit("vector-only", 0.61));
        var keyword = List.of(hit("keyword-only", 7.5), hit("both", 4.25));
        // when
        List<RankedChunk> fused = RankFusion.defaults().fuse(vector, keyword, 10);
        // then
        RankedChunk both = byId(fused, "both");
        assertThat(both.similarity()).hasValue(0.83);
        assertThat(both.keywordScore()).hasValue(4.25);
        assertThat(byId(fused, "vector-only").keywordScore()).isEmpty();
        assertThat(byId(fused, "vector-only").similarity()).hasValue(0.61);
        assertThat(byId(fused, "keyword-only").similarity()).isEmpty();
        assertThat(byId(fused, "keyword-only").keywordScore()).hasValue(7.5);
    }

    @Test
    void should_follow_only_the_vector_ranking_when_keyword_weight_is_zero() {
        // given
        var vector = List.of(hit("a", 0.9), hit("b", 0.8));
        var keyword = List.of(hit("b", 9.0), hit("a", 1.0));
        // when
        List<RankedChunk> fused = new RankFusion(60, 1.0, 0.0).fuse(vector, keyword, 10);
        // then
        assertThat(fused).extracting(r -> r.chunk().chunkId()).containsExactly("a", "b");
    }

    @Test
    void should_keep_the_order_and_raw_score_when_a_single_vector_ranking_is_used() {
        // given
        var hits = List.of(hit("a", 0.9), hit("b", 0.7), hit("c", 0.2));
        // when
        List<RankedChunk> ranked = RankFusion.single(hits, true, 2);
        // then
        assertThat(ranked).extracting(r -> r.chunk().chunkId()).containsExactly("a", "b");
        assertThat(ranked)
                .extracting(RankedChunk::similarity)
                .containsExactly(OptionalDouble.of(0.9), OptionalDouble.of(0.7));
        assertThat(ranked).allSatisfy(r -> assertThat(r.keywordScore()).isEmpty());
    }

    @Test
    void should_report_keyword_scores_only_when_a_single_keyword_ranking_is_used() {
        // given
        var hits = List.of(hit("a", 14.0), hit("b", 3.0));
        // when
        List<RankedChunk> ranked = RankFusion.single(hits, false, 10);
        // then
        assertThat(ranked)
                .extracting(RankedChunk::keywordScore)
                .containsExactly(OptionalDouble.of(14.0), OptionalDouble.of(3.0));
        assertThat(ranked).allSatisfy(r -> assertThat(r.similarity()).isEmpty());
    }

    private ChunkHit hit(String id, double score) {
        return new ChunkHit(id, document, source, "Title", "", "text of " + id, score);
    }

    private static RankedChunk byId(List<RankedChunk> ranked, String id) {
        return ranked.stream()
                .filter(r -> r.chunk().chunkId().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
