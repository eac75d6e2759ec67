package io.cairn.adapter.out.pgvector;

import io.cairn.ports.out.index.IndexScope;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * BM25's corpus statistics of one scope (chunk count, total length, each term's df), kept in index_scope_stats and
 * index_term_stats by the transaction that writes the chunks. A write collects its changes here and applies them
 * once, at its end: the scope's row first, so writers of one bot queue there and hold it only until they commit, then
 * the terms in sorted order, so no two writers can lock them in opposite orders.
 */
final class ScopeStats {

    private static final String UPSERT_SCOPE =
            """
            INSERT INTO index_scope_stats (organization_id, bot_id, chunks, total_length) VALUES (?, ?, ?, ?)
            ON CONFLICT (organization_id, bot_id) DO UPDATE
            SET chunks = index_scope_stats.chunks + excluded.chunks,
                total_length = index_scope_stats.total_length + excluded.total_length""";

    private static final String UPSERT_TERMS =
            """
            INSERT INTO index_term_stats (organization_id, bot_id, term, df)
            SELECT ?, ?, r.term, r.df FROM unnest(?::text[], ?::int8[]) AS r(term, df) ORDER BY r.term
            ON CONFLICT (organization_id, bot_id, term) DO UPDATE SET df = index_term_stats.df + excluded.df""";

    private static final String DELETE_UNUSED_TERMS =
            "DELETE FROM index_term_stats WHERE organization_id = ? AND bot_id = ? AND term = ANY (?) AND df = 0";

    private long chunks;
    private long totalLength;
    private final Map<String, Long> documentFrequencies = new TreeMap<>();

    /** Counts {@code count} chunks of {@code length} terms in all in (negative: taken out). */
    void addChunks(long count, long length) {
        chunks += count;
        totalLength += length;
    }

    /** {@code count} more chunks hold {@code term} (negative: fewer). */
    void addTerm(String term, long count) {
        documentFrequencies.merge(term, count, Long::sum);
    }

    /** Every term the write touched, even those whose df it left unchanged (a document replaced by itself). */
    Set<String> terms() {
        return documentFrequencies.keySet();
    }

    void apply(Connection connection, IndexScope scope) throws SQLException {
        // The terms whose df changed; documentFrequencies keeps every term touched, for terms().
        var changed = new TreeMap<>(documentFrequencies);
        changed.values().removeIf(change -> change == 0);
        if (chunks == 0 && totalLength == 0 && changed.isEmpty()) {
            return;
        }
        try (var statement = connection.prepareStatement(UPSERT_SCOPE)) {
            Rows.bindScope(statement, scope);
            statement.setLong(3, chunks);
            statement.setLong(4, totalLength);
            statement.executeUpdate();
        }
        if (changed.isEmpty()) {
            return;
        }
        try (var statement = connection.prepareStatement(UPSERT_TERMS)) {
            Rows.bindScope(statement, scope);
            statement.setArray(
                    3, connection.createArrayOf("text", changed.keySet().toArray()));
            statement.setArray(
                    4, connection.createArrayOf("int8", changed.values().toArray()));
            statement.executeUpdate();
        }
        var shrunk = new ArrayList<String>();
        changed.forEach((term, change) -> {
            if (change < 0) {
                shrunk.add(term);
            }
        });
        if (!shrunk.isEmpty()) {
            try (var statement = connection.prepareStatement(DELETE_UNUSED_TERMS)) {
                Rows.bindScope(statement, scope);
                statement.setArray(3, connection.createArrayOf("text", shrunk.toArray()));
                statement.executeUpdate();
            }
        }
    }

    /** Forgets the scope's statistics, when all its chunks go at once. */
    static void clear(Connection connection, IndexScope scope) throws SQLException {
        for (String table : new String[] {"index_scope_stats", "index_term_stats"}) {
            try (var statement =
                    connection.prepareStatement("DELETE FROM " + table + " WHERE organization_id = ? AND bot_id = ?")) {
                Rows.bindScope(statement, scope);
                statement.executeUpdate();
            }
        }
    }
}
