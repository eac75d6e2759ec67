package io.cairn.adapter.out.pgvector;

import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.IndexedChunk;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes an index in the shape the releases before posting blocks left it (one index_terms row per posting, statistics
 * tables, per-statement policies), so tests can check that {@link PgVectorSchema#migrate} converts it.
 */
final class LegacyIndex {

    private static final List<String> DDL = List.of(
            """
            CREATE TABLE index_chunks (
                organization_id uuid NOT NULL, bot_id uuid NOT NULL, source_id uuid NOT NULL, document_id uuid NOT NULL,
                chunk_id text PRIMARY KEY, title text NOT NULL, url text NOT NULL, text text NOT NULL,
                embedding vector(4) NOT NULL, length int NOT NULL)""",
            """
            CREATE TABLE index_terms (
                organization_id uuid NOT NULL, bot_id uuid NOT NULL, term text NOT NULL,
                chunk_id text NOT NULL REFERENCES index_chunks (chunk_id) ON DELETE CASCADE,
                tf int NOT NULL, length int NOT NULL, PRIMARY KEY (chunk_id, term))""",
            """
            CREATE TABLE index_scope_stats (organization_id uuid NOT NULL, bot_id uuid NOT NULL, chunks bigint NOT NULL,
                total_length bigint NOT NULL, PRIMARY KEY (organization_id, bot_id))""",
            """
            CREATE TABLE index_term_stats (organization_id uuid NOT NULL, bot_id uuid NOT NULL, term text NOT NULL,
                df bigint NOT NULL, PRIMARY KEY (organization_id, bot_id, term))""",
            PgVectorSchema.VECTOR_INDEX,
            """
            CREATE INDEX index_terms_scope_term_length
                ON index_terms (organization_id, bot_id, term) INCLUDE (chunk_id, tf, length)""",
            PgVectorSchema.rowLevelSecurity("index_chunks"),
            PgVectorSchema.rowLevelSecurity("index_terms"),
            PgVectorSchema.rowLevelSecurity("index_scope_stats"),
            PgVectorSchema.rowLevelSecurity("index_term_stats"));

    private static final List<String> COUNT_STATISTICS = List.of(
            """
            INSERT INTO index_scope_stats SELECT organization_id, bot_id, count(*), sum(length) FROM index_chunks
            GROUP BY organization_id, bot_id""",
            """
            INSERT INTO index_term_stats SELECT organization_id, bot_id, term, count(*) FROM index_terms
            GROUP BY organization_id, bot_id, term""");

    private final DataSource dataSource;

    LegacyIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates the old tables, writes the chunks of each scope as the old writer did and counts the statistics. */
    void write(Map<IndexScope, List<IndexedChunk>> chunks) {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("SELECT set_config('cairn.tenant', '*', true)");
                for (String ddl : DDL) {
                    statement.execute(ddl);
                }
            }
            for (var scoped : chunks.entrySet()) {
                for (IndexedChunk chunk : scoped.getValue()) {
                    insert(connection, scoped.getKey(), chunk);
                }
            }
            try (var statement = connection.createStatement()) {
                for (String sql : COUNT_STATISTICS) {
                    statement.execute(sql);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insert(java.sql.Connection connection, IndexScope scope, IndexedChunk chunk)
            throws SQLException {
        Map<String, Integer> frequencies = EnglishTerms.frequencies(chunk.title(), chunk.text());
        int length = frequencies.values().stream().mapToInt(Integer::intValue).sum();
        try (var statement =
                connection.prepareStatement("INSERT INTO index_chunks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::vector, ?)")) {
            Rows.bindScope(statement, scope);
            statement.setObject(3, chunk.sourceId().value());
            statement.setObject(4, chunk.documentId().value());
            statement.setString(5, chunk.chunkId());
            statement.setString(6, chunk.title());
            statement.setString(7, chunk.url());
            statement.setString(8, chunk.text());
            statement.setString(9, VectorLiteral.of(chunk.vector(), 4));
            statement.setInt(10, length);
            statement.executeUpdate();
        }
        try (var statement = connection.prepareStatement("INSERT INTO index_terms VALUES (?, ?, ?, ?, ?, ?)")) {
            for (var posting : frequencies.entrySet()) {
                Rows.bindScope(statement, scope);
                statement.setString(3, posting.getKey());
                statement.setString(4, chunk.chunkId());
                statement.setInt(5, posting.getValue());
                statement.setInt(6, length);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
