package io.cairn.adapter.out.pgvector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.index.DocumentChunks;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.IndexedChunk;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The BM25 statistics the writes keep: equal to what counting the rows gives, per scope, after every write path. */
@EnabledIfEnvironmentVariable(named = "CAIRN_TEST_POSTGRES_URL", matches = ".+")
class PgVectorScopeStatsIT {

    private final ScratchSchema schema = new ScratchSchema();
    private final PgVectorRetrievalIndexAdapter index =
            new PgVectorRetrievalIndexAdapter(schema.dataSource(), 4).migrate();
    private final IndexScope scope = randomScope();
    private final SourceId source = SourceId.random();

    @AfterEach
    void dropSchema() {
        schema.close();
    }

    @Test
    void should_count_chunks_lengths_and_dfs_when_chunks_are_inserted() {
        // given
        var document = DocumentId.random();
        // when
        index.replaceDocument(
                scope, document, chunks(document, source, "otter otter river", "river bank mud", "sea otter"));
        // then: lengths 3 + 3 + 2; otter in 2 chunks, river in 2
        assertThat(stored(scope))
                .isEqualTo(new Stats(3, 8, Map.of("otter", 2L, "river", 2L, "bank", 1L, "mud", 1L, "sea", 1L)));
        assertThat(stored(scope)).isEqualTo(counted(scope));
    }

    @Test
    void should_follow_the_rows_when_a_document_is_replaced_or_deleted() {
        // given
        var first = DocumentId.random();
        var second = DocumentId.random();
        index.replaceDocuments(
                scope,
                List.of(
                        new DocumentChunks(first, chunks(first, source, "otter river", "lake")),
                        new DocumentChunks(second, chunks(second, source, "sea otter otter"))));
        // when
        index.replaceDocument(scope, first, chunks(first, source, "mountain lake lake lake"));
        // then
        assertThat(stored(scope))
                .isEqualTo(new Stats(2, 7, Map.of("mountain", 1L, "lake", 1L, "sea", 1L, "otter", 1L)));
        assertThat(stored(scope)).isEqualTo(counted(scope));
        // when
        index.deleteDocument(scope, second);
        // then: the terms no chunk holds any more are gone
        assertThat(stored(scope)).isEqualTo(new Stats(1, 4, Map.of("mountain", 1L, "lake", 1L)));
        assertThat(stored(scope)).isEqualTo(counted(scope));
    }

    @Test
    void should_follow_the_rows_when_a_source_or_the_bot_is_deleted() {
        // given
        var kept = DocumentId.random();
        var dropped = DocumentId.random();
        var otherSource = SourceId.random();
        index.replaceDocument(scope, kept, chunks(kept, source, "otter river"));
        index.replaceDocument(scope, dropped, chunks(dropped, otherSource, "otter sea", "sea sea"));
        // when
        index.deleteSource(scope, otherSource);
        // then
        assertThat(stored(scope)).isEqualTo(new Stats(1, 2, Map.of("otter", 1L, "river", 1L)));
        assertThat(stored(scope)).isEqualTo(counted(scope));
        // when
        index.deleteBot(scope);
        // then
        assertThat(stored(scope)).isEqualTo(new Stats(0, 0, Map.of()));
        assertThat(counted(scope)).isEqualTo(new Stats(0, 0, Map.of()));
    }

    @Test
    void should_keep_each_scopes_statistics_apart_when_two_bots_share_terms() {
        // given
        var foreign = randomScope();
        var ours = DocumentId.random();
        var theirs = DocumentId.random();
        index.replaceDocument(scope, ours, chunks(ours, source, "otter river"));
        index.replaceDocument(foreign, theirs, chunks(theirs, source, "otter", "otter otter", "lake"));
        // when
        index.deleteBot(foreign);
        index.replaceDocument(foreign, theirs, chunks(theirs, source, "otter sea"));
        // then
        assertThat(stored(scope)).isEqualTo(new Stats(1, 2, Map.of("otter", 1L, "river", 1L)));
        assertThat(stored(foreign)).isEqualTo(new Stats(1, 2, Map.of("otter", 1L, "sea", 1L)));
        assertThat(stored(foreign)).isEqualTo(counted(foreign));
    }

    @Test
    void should_score_with_the_statistics_left_when_chunks_were_deleted() {
        // given
        var kept = DocumentId.random();
        var dropped = DocumentId.random();
        index.replaceDocument(scope, kept, chunks(kept, source, "otter otter river", "sea otter", "lake"));
        index.replaceDocument(scope, dropped, chunks(dropped, source, "otter", "long river bank erosion study"));
        index.deleteDocument(scope, dropped);
        // when
        var hits = index.searchKeyword(scope, "otter", 10);
        // then: N = 3, average length = (3 + 2 + 1) / 3, df(otter) = 2
        assertThat(hits).extracting(ChunkHit::text).containsExactly("otter otter river", "sea otter");
        assertThat(hits.get(0).score()).isCloseTo(Bm25.termScore(2, 2, 3, 3, 2.0), within(1e-9));
        assertThat(hits.get(1).score()).isCloseTo(Bm25.termScore(1, 2, 3, 2, 2.0), within(1e-9));
    }

    @Test
    void
            should_convert_postings_rows_into_blocks_with_the_same_scores_when_migrating_an_index_of_the_previous_release() {
        // given: two scopes written by the previous release (one index_terms row per posting), and the same chunks
        // written by this release into a fresh index
        var document = DocumentId.random();
        var foreign = randomScope();
        var theirs = DocumentId.random();
        var ours = chunks(document, source, "otter otter river", "sea otter", "lake", "river otter otter otter bank");
        var foreignChunks = chunks(theirs, source, "otter", "otter sea");
        try (var legacy = new ScratchSchema()) {
            new LegacyIndex(legacy.dataSource()).write(Map.of(scope, ours, foreign, foreignChunks));
            index.replaceDocument(scope, document, ours);
            index.replaceDocument(foreign, theirs, foreignChunks);
            // when
            var upgraded = new PgVectorRetrievalIndexAdapter(legacy.dataSource(), 4).migrate();
            // then: the same hits with the same scores as the fresh index, which match Bm25
            for (String query : List.of("otter", "river otter", "sea lake", "bank")) {
                assertThat(upgraded.searchKeyword(scope, query, 10)).isEqualTo(index.searchKeyword(scope, query, 10));
                assertThat(upgraded.searchKeyword(foreign, query, 10))
                        .isEqualTo(index.searchKeyword(foreign, query, 10));
            }
            var hits = upgraded.searchKeyword(scope, "otter", 10);
            // N = 4, lengths 3 + 2 + 1 + 5, df(otter) = 3
            assertThat(hits).extracting(ChunkHit::text).startsWith("river otter otter otter bank");
            assertThat(hits.get(0).score()).isCloseTo(Bm25.termScore(3, 3, 4, 5, 11 / 4.0), within(1e-12));
            assertThat(tables(legacy)).contains("index_postings").doesNotContain("index_terms");
            // and: migrating again changes nothing, and the converted tables take writes and deletes like new ones
            new PgVectorRetrievalIndexAdapter(legacy.dataSource(), 4).migrate();
            upgraded.replaceDocument(scope, document, chunks(document, source, "otter"));
            assertThat(upgraded.searchKeyword(scope, "otter", 10))
                    .extracting(ChunkHit::text)
                    .containsExactly("otter");
            upgraded.deleteDocument(foreign, theirs);
            assertThat(upgraded.searchKeyword(foreign, "otter", 10)).isEmpty();
        }
    }

    @Test
    void should_convert_an_index_older_than_the_statistics_when_migrating() {
        // given: the release before the statistics: no statistics tables, postings without the chunk's length
        var document = DocumentId.random();
        var ours = chunks(document, source, "otter otter river", "sea otter", "lake");
        try (var legacy = new ScratchSchema()) {
            new LegacyIndex(legacy.dataSource()).write(Map.of(scope, ours));
            legacy.execute(
                    """
                    SET search_path = {schema};
                    DROP TABLE index_scope_stats, index_term_stats;
                    ALTER TABLE index_terms DROP COLUMN length""");
            // when
            var upgraded = new PgVectorRetrievalIndexAdapter(legacy.dataSource(), 4).migrate();
            // then: N = 3, average length = 2, df(otter) = 2
            var hits = upgraded.searchKeyword(scope, "otter", 10);
            assertThat(hits).extracting(ChunkHit::text).containsExactly("otter otter river", "sea otter");
            assertThat(hits.get(0).score()).isCloseTo(Bm25.termScore(2, 2, 3, 3, 2.0), within(1e-12));
            assertThat(hits.get(1).score()).isCloseTo(Bm25.termScore(1, 2, 3, 2, 2.0), within(1e-12));
        }
    }

    /** What a scope's statistics rows say. */
    private Stats stored(IndexScope of) {
        return query(
                of,
                "SELECT chunks, total_length FROM index_scope_stats WHERE organization_id = ? AND bot_id = ?",
                "SELECT term, df FROM index_term_stats WHERE organization_id = ? AND bot_id = ?");
    }

    /** Every live posting of the scope's blocks: its 16-byte records whose chunk key index_chunks still holds. */
    static final String LIVE_POSTINGS_PER_TERM =
            """
            SELECT p.term, count(*) FROM index_postings p
            CROSS JOIN generate_series(0, length(p.postings) / 16 - 1) AS i
            JOIN index_chunks c
                ON c.chunk_key = ('x' || encode(substring(p.postings FROM i * 16 + 1 FOR 8), 'hex'))::bit(64)::bigint
            WHERE p.organization_id = ? AND p.bot_id = ? GROUP BY p.term""";

    /** What counting the scope's chunks and live postings gives. */
    private Stats counted(IndexScope of) {
        return query(
                of,
                "SELECT count(*), coalesce(sum(length), 0) FROM index_chunks WHERE organization_id = ? AND bot_id = ?",
                LIVE_POSTINGS_PER_TERM);
    }

    private Stats query(IndexScope of, String totals, String terms) {
        try (var connection = schema.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (var tenant = connection.createStatement()) {
                tenant.execute("SELECT set_config('cairn.tenant', '*', true)");
            }
            long chunks = 0;
            long length = 0;
            try (var statement = connection.prepareStatement(totals)) {
                Rows.bindScope(statement, of);
                try (var row = statement.executeQuery()) {
                    if (row.next()) {
                        chunks = row.getLong(1);
                        length = row.getLong(2);
                    }
                }
            }
            var dfs = new TreeMap<String, Long>();
            try (var statement = connection.prepareStatement(terms)) {
                Rows.bindScope(statement, of);
                try (var row = statement.executeQuery()) {
                    while (row.next()) {
                        dfs.put(row.getString(1), row.getLong(2));
                    }
                }
            }
            connection.rollback();
            return new Stats(chunks, length, dfs);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tables(ScratchSchema of) {
        try (var connection = of.dataSource().getConnection();
                var statement = connection.createStatement();
                var rows =
                        statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")) {
            var names = new ArrayList<String>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<IndexedChunk> chunks(DocumentId document, SourceId source, String... texts) {
        var chunks = new ArrayList<IndexedChunk>();
        for (int i = 0; i < texts.length; i++) {
            chunks.add(new IndexedChunk(
                    IndexedChunk.idOf(document, i), source, document, "", "https://example.com", texts[i], new float[] {
                        1, 0, 0, 0
                    }));
        }
        return chunks;
    }

    private static IndexScope randomScope() {
        return new IndexScope(OrganizationId.random(), BotId.random());
    }

    private record Stats(long chunks, long totalLength, Map<String, Long> documentFrequencies) {
        Stats {
            documentFrequencies = new TreeMap<>(documentFrequencies);
        }
    }
}
