package io.cairn.adapter.out.pgvector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.source.DocumentId;
import io.cairn.ports.out.index.IndexedChunk;
import io.cairn.ports.out.index.RetrievalIndexContract;
import io.cairn.ports.out.index.RetrievalIndexPort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = "CAIRN_TEST_POSTGRES_URL", matches = ".+")
class PgVectorRetrievalIndexAdapterIT extends RetrievalIndexContract {

    private static final int DIMENSION = 4;

    private final ScratchSchema schema = new ScratchSchema();

    @Override
    protected RetrievalIndexPort newIndex() {
        return new PgVectorRetrievalIndexAdapter(schema.dataSource(), DIMENSION).migrate();
    }

    /** A new adapter over the same tables; migrating again must be a no-op. */
    @Override
    protected RetrievalIndexPort reopen(RetrievalIndexPort index) {
        return newIndex();
    }

    @AfterEach
    void dropSchema() {
        schema.close();
    }

    @Test
    void should_score_keyword_hits_with_bm25_when_computed_over_the_scope() {
        // given: a foreign scope with many "otter" chunks must not change this scope's df, N or average length
        var index = newIndex();
        var document = DocumentId.random();
        index.replaceDocument(
                scope,
                document,
                List.of(
                        chunk(document, 0, "otter otter river"),
                        chunk(document, 1, "river bank erosion study"),
                        chunk(document, 2, "sea otter")));
        var foreign = DocumentId.random();
        var crowd = new ArrayList<IndexedChunk>();
        for (int i = 0; i < 20; i++) {
            crowd.add(chunk(foreign, i, "otter"));
        }
        index.replaceDocument(randomScope(), foreign, crowd);
        // when
        var hits = index.searchKeyword(scope, "otters", 10);
        // then: N = 3, average length = (3 + 4 + 2) / 3, df(otter) = 2
        double averageLength = 9.0 / 3;
        assertThat(hits).extracting(ChunkHit::text).containsExactly("otter otter river", "sea otter");
        assertThat(hits.get(0).score()).isCloseTo(Bm25.termScore(2, 2, 3, 3, averageLength), within(1e-9));
        assertThat(hits.get(1).score()).isCloseTo(Bm25.termScore(1, 2, 3, 2, averageLength), within(1e-9));
    }

    @Test
    void should_return_k_neighbours_when_a_small_bot_sits_in_a_large_table_behind_the_hnsw_index() {
        // given: 2000 foreign chunks closer to the query than any of ours; the plan is forced onto HNSW
        var index = new PgVectorRetrievalIndexAdapter(
                        schema.dataSource("-c enable_seqscan=off -c enable_bitmapscan=off -c enable_sort=off"),
                        DIMENSION)
                .migrate();
        var foreign = DocumentId.random();
        var crowd = new ArrayList<IndexedChunk>();
        for (int i = 0; i < 2000; i++) {
            crowd.add(chunk(foreign, i, "crowd", vector(1, i / 10000f, 0.001f * (i % 7), 0)));
        }
        index.replaceDocument(randomScope(), foreign, crowd);
        var own = DocumentId.random();
        var ours = new ArrayList<IndexedChunk>();
        for (int i = 0; i < 5; i++) {
            ours.add(chunk(own, i, "ours " + i, vector(0, 1, i, 0)));
        }
        index.replaceDocument(scope, own, ours);
        // when
        var hits = index.searchVector(scope, vector(1, 0, 0, 0), 5);
        // then
        assertThat(hits).hasSize(5).extracting(ChunkHit::documentId).containsOnly(own);
        assertThat(hits).extracting(ChunkHit::score).isSortedAccordingTo(Collections.reverseOrder());
    }

    @Test
    void should_reject_a_configured_dimension_when_the_table_holds_another() {
        // given
        newIndex();
        // when / then
        assertThatThrownBy(() -> new PgVectorRetrievalIndexAdapter(schema.dataSource(), 8).migrate())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vector(4)");
    }

    private void replaceAlternately(
            RetrievalIndexPort index, DocumentId document, List<IndexedChunk> first, List<IndexedChunk> second) {
        for (int i = 0; i < 30; i++) {
            index.replaceDocument(scope, document, i % 2 == 0 ? first : second);
        }
    }
}
