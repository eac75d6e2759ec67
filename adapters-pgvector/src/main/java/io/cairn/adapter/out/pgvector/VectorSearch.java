package io.cairn.adapter.out.pgvector;

import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.ports.out.index.IndexScope;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Cosine nearest neighbours of one scope through the HNSW index. The scope filter applies before the top k: with
 * pgvector 0.8's iterative scan the index keeps walking the graph until k rows pass the filter, so a small bot in a
 * large table still gets k neighbours instead of the few that happened to be among the global top ef_search.
 */
final class VectorSearch {

    /**
     * The smallest candidate list, for small limits: with pgvector's default of 40, {@code vector} mode at a limit of
     * 10 found 0.805 of the exact top 10 at 100,000 chunks (docs/benchmarks.md, benchmark 2).
     */
    private static final int MIN_EF_SEARCH = 100;

    private static final int MAX_EF_SEARCH = 1000;

    // relaxed_order may return neighbours slightly out of order; the MATERIALIZED CTE fixes the order afterwards
    // (pgvector's documented pattern). Score = 1 - cosine distance = cosine similarity.
    private static final String NEAREST =
            """
            WITH nearest AS MATERIALIZED (
                SELECT %s, c.embedding <=> ?::vector AS distance
                FROM index_chunks c
                WHERE c.organization_id = ? AND c.bot_id = ?
                ORDER BY distance
                LIMIT ?)
            SELECT c.chunk_id, c.document_id, c.source_id, c.title, c.url, c.text, 1 - c.distance AS score
            FROM nearest c
            ORDER BY c.distance, c.chunk_id"""
                    .formatted(Rows.HIT_COLUMNS);

    private VectorSearch() {}

    static List<ChunkHit> nearest(Connection connection, IndexScope scope, String vector, int limit)
            throws SQLException {
        try (var statement = connection.createStatement()) {
            // SET LOCAL: the settings end with this transaction and never leak into the pooled connection.
            // One round trip for both settings.
            statement.execute(
                    "SET LOCAL hnsw.iterative_scan = relaxed_order; SET LOCAL hnsw.ef_search = " + efSearch(limit));
        }
        try (var statement = connection.prepareStatement(NEAREST)) {
            // Untyped (Types.OTHER), so the server types the parameter from its cast as vector. Bound as a string
            // (varchar), a generic plan of the server-prepared statement would cast text to vector once per row:
            // 136 ms instead of 4.3 ms on 3,000 chunks (docs/benchmarks.md, benchmark 2, finding 1).
            statement.setObject(1, vector, Types.OTHER);
            statement.setObject(2, scope.organizationId().value());
            statement.setObject(3, scope.botId().value());
            statement.setInt(4, limit);
            return Rows.hits(statement);
        }
    }

    /**
     * Half as many candidates again as the limit: with ef_search equal to the limit, HNSW's last candidates are its
     * least exact. A hybrid search asks for 100, and its fusion scales the vector scores by the last one, so their
     * accuracy shows in the fused top 10. On benchmark 2's 100,000 real embeddings (questions embedded as written, ADR
     * 18), hybrid top-10 recall against exact search was 0.964 at ef_search 150 and 0.976 at 200; the search time grows
     * about linearly with it (5.7, 7.5, 9.5 ms p50 at 100, 150, 200).
     */
    static int efSearch(int limit) {
        return Math.max(MIN_EF_SEARCH, Math.min(MAX_EF_SEARCH, limit + limit / 2));
    }
}
