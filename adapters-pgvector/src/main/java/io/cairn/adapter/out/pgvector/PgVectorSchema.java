package io.cairn.adapter.out.pgvector;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The index's tables, created by idempotent DDL until Flyway takes the schema over. It then checks that the
 * stored vector column has the configured dimension and that pgvector supports iterative index scans (0.8+).
 */
final class PgVectorSchema {

    /** Arbitrary, fixed: concurrent starts serialise their DDL instead of racing on the catalog. */
    private static final long MIGRATION_LOCK = 0x636169726e_0001L;

    /**
     * The HNSW index over the embeddings; bulk loads drop it and build it once at the end. ef_construction 128 instead
     * of pgvector's 64: a better graph (benchmark 2's 100,000 embeddings, ef_search 200: 0.91 of the exact top 100
     * instead of 0.90, and 0.97 of the exact top 10 within it instead of 0.95) for a slower build. Existing indexes
     * keep the graph they were built with.
     */
    static final String VECTOR_INDEX =
            """
            CREATE INDEX IF NOT EXISTS index_chunks_embedding ON index_chunks
                USING hnsw (embedding vector_cosine_ops) WITH (ef_construction = 128)""";

    static final String DROP_VECTOR_INDEX = "DROP INDEX IF EXISTS index_chunks_embedding";

    /** The policy's condition; see {@link #rowLevelSecurity}. */
    private static final String TENANT_MATCHES =
            """
            (SELECT current_setting('cairn.tenant', true) = '*')
            OR organization_id = (SELECT CASE WHEN current_setting('cairn.tenant', true)
                ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                THEN current_setting('cairn.tenant', true)::uuid END)""";

    private static final List<String> DDL = List.of(
            "CREATE EXTENSION IF NOT EXISTS vector",
            """
            CREATE TABLE IF NOT EXISTS index_chunks (
                organization_id uuid NOT NULL,
                bot_id uuid NOT NULL,
                source_id uuid NOT NULL,
                document_id uuid NOT NULL,
                chunk_id text PRIMARY KEY,
                title text NOT NULL,
                url text NOT NULL,
                text text NOT NULL,
                embedding vector(%d) NOT NULL,
                length int NOT NULL)""",
            // One row per (chunk, term): the inverted index BM25 reads. Deleting a chunk deletes its postings. The
            // chunk's length is copied into each posting so scoring never looks the chunk up.
            """
            CREATE TABLE IF NOT EXISTS index_terms (
                organization_id uuid NOT NULL,
                bot_id uuid NOT NULL,
                term text NOT NULL,
                chunk_id text NOT NULL REFERENCES index_chunks (chunk_id) ON DELETE CASCADE,
                tf int NOT NULL,
                length int NOT NULL,
                PRIMARY KEY (chunk_id, term))""",
            // BM25's corpus statistics per scope (N, total length) and per term (df), kept by the writes' own
            // transactions so a search reads them instead of counting the scope.
            """
            CREATE TABLE IF NOT EXISTS index_scope_stats (
                organization_id uuid NOT NULL,
                bot_id uuid NOT NULL,
                chunks bigint NOT NULL,
                total_length bigint NOT NULL,
                PRIMARY KEY (organization_id, bot_id))""",
            """
            CREATE TABLE IF NOT EXISTS index_term_stats (
                organization_id uuid NOT NULL,
                bot_id uuid NOT NULL,
                term text NOT NULL,
                df bigint NOT NULL,
                PRIMARY KEY (organization_id, bot_id, term))""",
            VECTOR_INDEX,
            // (organization_id, bot_id) scope queries use the prefix of this index; a separate one would only slow
            // writes.
            """
            CREATE INDEX IF NOT EXISTS index_chunks_scope_document
                ON index_chunks (organization_id, bot_id, document_id)""",
            // INCLUDE lets the BM25 query read and score postings from the index alone.
            """
            CREATE INDEX IF NOT EXISTS index_terms_scope_term_length
                ON index_terms (organization_id, bot_id, term) INCLUDE (chunk_id, tf, length)""",
            rowLevelSecurity("index_chunks"),
            rowLevelSecurity("index_terms"),
            rowLevelSecurity("index_scope_stats"),
            rowLevelSecurity("index_term_stats"));

    /**
     * Brings tables created before the statistics existed up to date, once, before {@link #DDL}: postings get their
     * chunk's length and lose the covering index without it. Runs as every tenant ({@code cairn.tenant = '*'}):
     * row-level security applies to the tables' owner too.
     */
    private static final List<String> UPGRADE_POSTINGS = List.of(
            "SELECT set_config('cairn.tenant', '*', true)",
            "ALTER TABLE index_terms ADD COLUMN IF NOT EXISTS length int",
            """
            UPDATE index_terms t SET length = c.length
            FROM index_chunks c WHERE c.chunk_id = t.chunk_id AND t.length IS NULL""",
            "ALTER TABLE index_terms ALTER COLUMN length SET NOT NULL",
            "DROP INDEX IF EXISTS index_terms_scope_term");

    /** After {@link #DDL} created the statistics tables: counts them from the rows already there. */
    private static final List<String> BACKFILL_STATISTICS = List.of(
            """
            INSERT INTO index_scope_stats (organization_id, bot_id, chunks, total_length)
            SELECT organization_id, bot_id, count(*), sum(length) FROM index_chunks GROUP BY organization_id, bot_id
            ON CONFLICT DO NOTHING""",
            """
            INSERT INTO index_term_stats (organization_id, bot_id, term, df)
            SELECT organization_id, bot_id, term, count(*) FROM index_terms GROUP BY organization_id, bot_id, term
            ON CONFLICT DO NOTHING""",
            "SELECT set_config('cairn.tenant', '', true)");

    /**
     * Row-level security as a backstop to every query's own tenant filter: a connection sees and writes only the rows
     * of the tenant its transaction set in {@code cairn.tenant}, even as the tables' owner (FORCE). The setting is
     * read in scalar subqueries, which PostgreSQL evaluates once per statement instead of once per row, and the tenant
     * is compared as a uuid: a keyword search reads tens of thousands of postings, and the per-row form {@code
     * current_setting('cairn.tenant', true) IN ('*', organization_id::text)} doubled its time. Only a lower-case
     * canonical uuid matches, as in the text comparison; a policy of the older form is replaced.
     */
    private static String rowLevelSecurity(String table) {
        return """
                DO $$ BEGIN
                  ALTER TABLE %1$s ENABLE ROW LEVEL SECURITY;
                  ALTER TABLE %1$s FORCE ROW LEVEL SECURITY;
                  IF EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = current_schema()
                             AND tablename = '%1$s' AND policyname = 'tenant_isolation') THEN
                    ALTER POLICY tenant_isolation ON %1$s USING (%2$s) WITH CHECK (%2$s);
                  ELSE
                    CREATE POLICY tenant_isolation ON %1$s USING (%2$s) WITH CHECK (%2$s);
                  END IF;
                END $$"""
                .replace("%1$s", table)
                .replace("%2$s", TENANT_MATCHES);
    }

    private PgVectorSchema() {}

    static void migrate(Connection connection, int dimension) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            if (!upToDate(connection)) {
                boolean upgrade =
                        tableExists(connection, "index_chunks") && !tableExists(connection, "index_scope_stats");
                if (upgrade) {
                    executeAll(statement, UPGRADE_POSTINGS);
                }
                for (String ddl : DDL) {
                    statement.execute(ddl.contains("%d") ? ddl.formatted(dimension) : ddl);
                }
                if (upgrade) {
                    executeAll(statement, BACKFILL_STATISTICS);
                }
            }
        }
        requireDimension(connection, dimension);
        requireIterativeScans(connection);
    }

    /**
     * Once the tables, the statistics, the covering index and the per-statement policies exist, start-up only checks them: an application role
     * that may not run DDL can still start.
     */
    private static boolean upToDate(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(
                        """
                        SELECT to_regclass('index_chunks') IS NOT NULL AND to_regclass('index_terms') IS NOT NULL
                            AND to_regclass('index_scope_stats') IS NOT NULL
                            AND to_regclass('index_term_stats') IS NOT NULL
                            AND to_regclass('index_terms_scope_term_length') IS NOT NULL
                            AND (SELECT count(*) FROM pg_policies WHERE schemaname = current_schema()
                                 AND policyname = 'tenant_isolation' AND qual LIKE '%SELECT%') = 4""")) {
            return result.next() && result.getBoolean(1);
        }
    }

    private static void executeAll(Statement statement, List<String> steps) throws SQLException {
        for (String step : steps) {
            statement.execute(step);
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            statement.setString(1, table);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void requireDimension(Connection connection, int dimension) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                        + " WHERE attrelid = 'index_chunks'::regclass AND attname = 'embedding'")) {
            String stored = result.next() ? result.getString(1) : "missing";
            if (!stored.equals("vector(" + dimension + ")")) {
                throw new IllegalArgumentException(
                        "index_chunks.embedding is " + stored + ", configured vector(" + dimension + ")");
            }
        }
    }

    private static void requireIterativeScans(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT extversion FROM pg_extension WHERE extname = 'vector'")) {
            String version = result.next() ? result.getString(1) : "0";
            String[] parts = version.split("\\.");
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            if (major == 0 && minor < 8) {
                throw new IllegalStateException("pgvector " + version + " lacks iterative index scans; need 0.8+");
            }
        }
    }
}
