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
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Keyword search over posting blocks: dead postings of deleted chunks, merges, concurrent writers, tenant isolation. */
@EnabledIfEnvironmentVariable(named = "CAIRN_TEST_POSTGRES_URL", matches = ".+")
class PgVectorPostingBlocksIT {

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
    void should_return_exactly_limit_live_hits_with_exact_scores_when_a_document_was_replaced_many_times() {
        // given: the old version's chunks are short and dense in "otter", so its dead postings outscore every live one
        var document = DocumentId.random();
        var dense = chunks(document, "otter otter otter", 6);
        var sparse = chunks(document, "otter river bank mud", 6);
        for (int i = 0; i < 15; i++) {
            index.replaceDocument(scope, document, i % 2 == 0 ? sparse : dense);
        }
        index.replaceDocument(scope, document, dense);
        index.replaceDocument(scope, document, sparse);
        // when
        var hits = index.searchKeyword(scope, "otter", 4);
        // then: 4 distinct live chunks of the last version; N = 6, average length 4, df = 6
        assertThat(hits).hasSize(4).extracting(ChunkHit::chunkId).doesNotHaveDuplicates();
        assertThat(hits).extracting(ChunkHit::text).allMatch(text -> text.startsWith("otter river bank mud"));
        assertThat(hits).extracting(ChunkHit::score).allSatisfy(score -> assertThat(score)
                .isCloseTo(Bm25.termScore(1, 6, 6, 5, 5.0), within(1e-12)));
        assertThat(index.searchKeyword(scope, "otter", 100)).hasSize(6);
        // and: merges kept the dead postings at most as many as the live ones, and optimize drops them all
        assertThat(blocks("otter")).isLessThanOrEqualTo(MergePolicy.MAX_BLOCKS);
        assertThat(storedPostings("otter")).isBetween(6L, 12L);
        index.optimize();
        assertThat(blocks("otter")).isEqualTo(1);
        assertThat(storedPostings("otter")).isEqualTo(6);
        assertThat(index.searchKeyword(scope, "otter", 4)).isEqualTo(hits);
    }

    @Test
    void should_rank_and_score_as_one_batch_when_a_term_was_written_by_more_than_eight_batches() {
        // given: the same twelve documents' texts, one batch each in one scope and one batch for all in another
        var batched = randomScope();
        var replacements = new ArrayList<DocumentChunks>();
        for (int i = 0; i < 12; i++) {
            String text = "ferry " + "harbour ".repeat(i) + "timetable number" + i;
            var document = DocumentId.random();
            index.replaceDocument(scope, document, chunks(document, text, 1 + i % 3));
            var copy = DocumentId.random();
            replacements.add(new DocumentChunks(copy, chunks(copy, text, 1 + i % 3)));
        }
        index.replaceDocuments(batched, replacements);
        // when
        var oneByOne = textsAndScores(index.searchKeyword(scope, "ferry harbour", 30));
        var together = textsAndScores(index.searchKeyword(batched, "ferry harbour", 30));
        // then: merged blocks answer exactly what one block answers
        String ferry = EnglishTerms.queryTerms("ferry").get(0);
        assertThat(blocks(ferry)).isBetween(1L, 11L);
        assertThat(oneByOne).hasSize(24).isEqualTo(together);
        // and: optimize leaves one block per term with the same answer
        index.optimize();
        assertThat(blocks(ferry)).isEqualTo(1);
        assertThat(textsAndScores(index.searchKeyword(scope, "ferry harbour", 30)))
                .isEqualTo(together);
    }

    @Test
    void should_lose_no_posting_when_two_writers_write_the_same_term_at_once() throws Exception {
        // given: two writers, each replacing its own documents (so merges purge dead postings too), all with "otter"
        var first = documents(10);
        var second = documents(10);
        // when
        var one = CompletableFuture.runAsync(() -> write(first, 4));
        var other = CompletableFuture.runAsync(() -> write(second, 4));
        one.get();
        other.get();
        // then: df counts every live chunk once, and so do the blocks and the search
        long live = 2 * 10 * 3;
        assertThat(termStat("otter", "SELECT df FROM index_term_stats")).isEqualTo(live);
        assertThat(index.searchKeyword(scope, "otter", 1000))
                .hasSize((int) live)
                .extracting(ChunkHit::chunkId)
                .doesNotHaveDuplicates();
        assertThat(livePostings("otter")).isEqualTo(live);
    }

    @Test
    void should_never_read_another_tenants_blocks_when_the_scope_in_the_query_is_forged() throws Exception {
        // given
        var foreign = randomScope();
        var theirs = DocumentId.random();
        index.replaceDocument(foreign, theirs, chunks(theirs, "secret otter", 3));
        var ours = DocumentId.random();
        index.replaceDocument(scope, ours, chunks(ours, "river", 1));
        // when: a transaction declared as our tenant asks for the foreign scope's postings
        List<ChunkHit> forged;
        long visibleBlocks;
        try (var connection = schema.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (var tenant = connection.prepareStatement("SELECT set_config('cairn.tenant', ?, true)")) {
                tenant.setString(1, scope.organizationId().value().toString());
                tenant.execute();
            }
            forged = KeywordSearch.search(connection, foreign, List.of("otter", "secret"), 10);
            try (var statement = connection.prepareStatement("SELECT count(*) FROM index_postings WHERE bot_id = ?")) {
                statement.setObject(1, foreign.botId().value());
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    visibleBlocks = rows.getLong(1);
                }
            }
            connection.rollback();
        }
        // then: row-level security hides the blocks, while the foreign tenant still finds them
        assertThat(forged).isEmpty();
        assertThat(visibleBlocks).isZero();
        assertThat(index.searchKeyword(foreign, "otter", 10)).hasSize(3);
    }

    private static List<String> textsAndScores(List<ChunkHit> hits) {
        return hits.stream().map(hit -> hit.text() + " = " + hit.score()).toList();
    }

    private List<DocumentId> documents(int count) {
        var documents = new ArrayList<DocumentId>();
        for (int i = 0; i < count; i++) {
            documents.add(DocumentId.random());
        }
        return documents;
    }

    private void write(List<DocumentId> documents, int rounds) {
        for (int round = 0; round < rounds; round++) {
            for (DocumentId document : documents) {
                index.replaceDocument(scope, document, chunks(document, "otter round" + round + " sea", 3));
            }
        }
    }

    /** The scope's blocks of a term. */
    private long blocks(String term) {
        return termStat(term, "SELECT count(*) FROM index_postings");
    }

    /** Postings of the term in its blocks, live and dead. */
    private long storedPostings(String term) {
        return termStat(term, "SELECT coalesce(sum(count), 0) FROM index_postings");
    }

    /** Postings of the term whose chunk is live, decoded from the blocks. */
    private long livePostings(String term) {
        return termStat(
                term, "SELECT sum(count) FROM (" + PgVectorScopeStatsIT.LIVE_POSTINGS_PER_TERM + ") AS c(term, count)");
    }

    /**
     * One number about a term of the scope, as every tenant: {@code select} reads a relation with organization_id,
     * bot_id and term columns, or one bound by the scope itself.
     */
    private long termStat(String term, String select) {
        String sql = select.contains("?")
                ? select + " WHERE term = ?"
                : select + " WHERE organization_id = ? AND bot_id = ? AND term = ?";
        try (var connection = schema.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (var tenant = connection.createStatement()) {
                tenant.execute("SELECT set_config('cairn.tenant', '*', true)");
            }
            try (var statement = connection.prepareStatement(sql)) {
                Rows.bindScope(statement, scope);
                statement.setString(3, term);
                try (var rows = statement.executeQuery()) {
                    long value = rows.next() ? rows.getLong(1) : 0;
                    connection.rollback();
                    return value;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<IndexedChunk> chunks(DocumentId document, String text, int count) {
        var chunks = new ArrayList<IndexedChunk>();
        for (int i = 0; i < count; i++) {
            chunks.add(new IndexedChunk(
                    IndexedChunk.idOf(document, i),
                    source,
                    document,
                    "",
                    "https://example.com",
                    text + " " + i,
                    new float[] {1, 0, 0, 0}));
        }
        return chunks;
    }

    private static IndexScope randomScope() {
        return new IndexScope(OrganizationId.random(), BotId.random());
    }
}
