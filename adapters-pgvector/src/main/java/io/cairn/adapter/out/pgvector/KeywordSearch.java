package io.cairn.adapter.out.pgvector;

import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.ports.out.index.IndexScope;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * BM25 over title and text in one SQL statement, read from the index_terms postings. N, the average length and
 * each term's df are counted within the scope, so one tenant's corpus never shifts another's scores. The corpus
 * statistics are MATERIALIZED: under row-level security the planner otherwise inlined them into the join and
 * counted the bot's chunks once per posting (67 s instead of 0.1 s per SciFact query).
 */
final class KeywordSearch {

    private static final String BM25 =
            """
            WITH query(term) AS (SELECT unnest(?::text[])),
            corpus AS MATERIALIZED (
                SELECT count(*)::float8 AS n, avg(length)::float8 AS average_length
                FROM index_chunks WHERE organization_id = ? AND bot_id = ?),
            postings AS (
                SELECT t.chunk_id, t.tf, count(*) OVER (PARTITION BY t.term)::float8 AS df
                FROM index_terms t JOIN query q ON q.term = t.term
                WHERE t.organization_id = ? AND t.bot_id = ?),
            scored AS (
                SELECT p.chunk_id,
                       sum(ln(1 + (k.n - p.df + 0.5) / (p.df + 0.5))
                           * p.tf / (p.tf + %1$s * (1 - %2$s + %2$s * c.length / nullif(k.average_length, 0))))
                           AS score
                FROM postings p JOIN index_chunks c ON c.chunk_id = p.chunk_id CROSS JOIN corpus k
                GROUP BY p.chunk_id
                ORDER BY score DESC, p.chunk_id
                LIMIT ?)
            SELECT %3$s, s.score
            FROM scored s JOIN index_chunks c ON c.chunk_id = s.chunk_id
            ORDER BY s.score DESC, s.chunk_id"""
                    .formatted(Bm25.K1, Bm25.B, Rows.HIT_COLUMNS);

    private KeywordSearch() {}

    static List<ChunkHit> search(Connection connection, IndexScope scope, List<String> terms, int limit)
            throws SQLException {
        try (var statement = connection.prepareStatement(BM25)) {
            statement.setArray(1, connection.createArrayOf("text", terms.toArray()));
            for (int scoped : new int[] {2, 4}) {
                statement.setObject(scoped, scope.organizationId().value());
                statement.setObject(scoped + 1, scope.botId().value());
            }
            statement.setInt(6, limit);
            return Rows.hits(statement);
        }
    }
}
