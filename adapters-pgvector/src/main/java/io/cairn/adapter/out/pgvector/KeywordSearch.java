package io.cairn.adapter.out.pgvector;

import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.ports.out.index.IndexScope;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * BM25 over title and text in one SQL statement. N, the average length and each term's df are the scope's own (read
 * from index_scope_stats and index_term_stats, which the writes keep), so one tenant's corpus never shifts another's
 * scores and no search counts the scope. Postings carry their chunk's length, so scoring reads the covering index
 * alone; index_chunks is read only for the top {@code limit} rows. Both statistics CTEs are MATERIALIZED, evaluated
 * once: under row-level security the planner once inlined the corpus statistics into the join and counted the bot's
 * chunks once per posting.
 */
final class KeywordSearch {

    // Per term, once: its idf and the scope's average length, so each posting costs a few float8 operations (the
    // constants are float8 too: a numeric one would make every posting's arithmetic numeric). The values and the order
    // of operations are Bm25.termScore's. Postings are grouped under the "C" collation: under row-level security the
    // planner expects a handful of postings and sorts them by chunk_id, and a byte-wise sort is several times faster.
    private static final String BM25 =
            """
            WITH corpus AS MATERIALIZED (
                SELECT chunks::float8 AS n, (total_length::numeric / nullif(chunks, 0))::float8 AS average_length
                FROM index_scope_stats WHERE organization_id = ? AND bot_id = ?),
            query AS MATERIALIZED (
                SELECT s.term, ln(1 + (k.n - s.df + 0.5) / (s.df + 0.5)) AS idf, k.average_length
                FROM index_term_stats s CROSS JOIN corpus k
                WHERE s.organization_id = ? AND s.bot_id = ? AND s.term = ANY (?::text[])),
            scored AS (
                SELECT t.chunk_id COLLATE "C" AS chunk_id,
                       sum(q.idf * t.tf
                           / (t.tf + %1$s::float8 * (1 - %2$s::float8 + %2$s::float8 * t.length / q.average_length)))
                           AS score
                FROM query q
                JOIN index_terms t ON t.organization_id = ? AND t.bot_id = ? AND t.term = q.term
                GROUP BY 1),
            top AS (
                SELECT chunk_id COLLATE "default" AS chunk_id, score FROM scored
                ORDER BY score DESC, chunk_id COLLATE "default"
                LIMIT ?)
            SELECT %3$s, s.score
            FROM top s JOIN index_chunks c ON c.chunk_id = s.chunk_id
            ORDER BY s.score DESC, s.chunk_id"""
                    .formatted(Bm25.K1, Bm25.B, Rows.HIT_COLUMNS);

    private KeywordSearch() {}

    static List<ChunkHit> search(Connection connection, IndexScope scope, List<String> terms, int limit)
            throws SQLException {
        try (var statement = connection.prepareStatement(BM25)) {
            Rows.bindScope(statement, scope);
            statement.setObject(3, scope.organizationId().value());
            statement.setObject(4, scope.botId().value());
            statement.setArray(5, connection.createArrayOf("text", terms.toArray()));
            statement.setObject(6, scope.organizationId().value());
            statement.setObject(7, scope.botId().value());
            statement.setInt(8, limit);
            return Rows.hits(statement);
        }
    }
}
