package io.cairn.adapter.out.pgvector;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The index's tables, created by idempotent DDL until Flyway takes the schema over: index_chunks (one row per chunk,
 * with its never-reused chunk_key and its distinct terms), index_postings (BM25 postings packed in blocks per scope and
 * term, see {@link PostingBlock}) and the BM25 statistics index_scope_stats and index_term_stats. Tables of older
 * releases (one row per posting in index_terms, or no statistics) are converted once. It then checks that the stored
 * vector column has the configured dimension and that pgvector supports iterative index scans (0.8+).
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
            // chunk_key names the chunk in posting blocks: an identity never reused, so a block's key that is no longer
            // here belongs to a deleted chunk. terms are the chunk's distinct terms, so a delete counts the chunk out
            // of the df statistics without reading postings.
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
                length int NOT NULL,
                chunk_key bigint GENERATED ALWAYS AS IDENTITY,
                terms text[] NOT NULL)""",
            // The inverted index BM25 reads: per scope and term, blocks of postings (PostingBlock's format), one block
            // appended per write of the term and merged by BlockMerger. count is the block's number of postings.
            """
            CREATE TABLE IF NOT EXISTS index_postings (
                organization_id uuid NOT NULL,
                bot_id uuid NOT NULL,
                term text NOT NULL,
                block bigint GENERATED ALWAYS AS IDENTITY,
                postings bytea NOT NULL,
                count int NOT NULL)""",
            // Large blocks go out of line uncompressed: a search reads them whole, and decompressing costs more than
            // the bytes saved (postings of chunk keys barely compress).
            "ALTER TABLE index_postings ALTER COLUMN postings SET STORAGE EXTERNAL",
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
            "CREATE UNIQUE INDEX IF NOT EXISTS index_chunks_chunk_key ON index_chunks (chunk_key)",
            // INCLUDE lets merges choose blocks from the index alone.
            """
            CREATE INDEX IF NOT EXISTS index_postings_scope_term
                ON index_postings (organization_id, bot_id, term) INCLUDE (block, count)""",
            rowLevelSecurity("index_chunks"),
            rowLevelSecurity("index_postings"),
            rowLevelSecurity("index_scope_stats"),
            rowLevelSecurity("index_term_stats"));

    /**
     * Brings tables of the one-row-per-posting releases (index_terms) up to date, once, before {@link #DDL}: chunks get
     * their key and their terms. Runs as every tenant ({@code cairn.tenant = '*'}): row-level security applies to the
     * tables' owner too. Adding the identity rewrites index_chunks, and filling the terms writes every row again: the
     * HNSW index goes first, or the rewrite would rebuild it and the update insert every row into it a second time;
     * {@link #DDL} builds it once, after (with the session's maintenance_work_mem).
     */
    private static final List<String> ADD_CHUNK_KEYS = List.of(
            DROP_VECTOR_INDEX,
            """
            ALTER TABLE index_chunks ADD COLUMN IF NOT EXISTS chunk_key bigint GENERATED ALWAYS AS IDENTITY,
                ADD COLUMN IF NOT EXISTS terms text[] NOT NULL DEFAULT '{}'""",
            """
            UPDATE index_chunks c SET terms = t.terms
            FROM (SELECT chunk_id, array_agg(term ORDER BY term) AS terms FROM index_terms GROUP BY chunk_id) t
            WHERE t.chunk_id = c.chunk_id""",
            "ALTER TABLE index_chunks ALTER COLUMN terms DROP DEFAULT");

    /**
     * After {@link #DDL}: packs the old postings into one block per scope and term, in {@link PostingBlock}'s format
     * (the chunk's length read from the chunk, which releases before the statistics did not copy), and drops them.
     */
    private static final List<String> BUILD_BLOCKS = List.of(
            """
            INSERT INTO index_postings (organization_id, bot_id, term, postings, count)
            SELECT t.organization_id, t.bot_id, t.term,
                   string_agg(int8send(c.chunk_key) || int4send(t.tf) || int4send(c.length), ''::bytea
                              ORDER BY c.chunk_key),
                   count(*)
            FROM index_terms t JOIN index_chunks c ON c.chunk_id = t.chunk_id
            GROUP BY t.organization_id, t.bot_id, t.term""",
            "DROP TABLE index_terms");

    /** After {@link #DDL} created the statistics tables: counts them from the rows already there. */
    private static final List<String> BACKFILL_STATISTICS = List.of(
            """
            INSERT INTO index_scope_stats (organization_id, bot_id, chunks, total_length)
            SELECT organization_id, bot_id, count(*), sum(length) FROM index_chunks GROUP BY organization_id, bot_id
            ON CONFLICT DO NOTHING""",
            """
            INSERT INTO index_term_stats (organization_id, bot_id, term, df)
            SELECT organization_id, bot_id, term, count(*) FROM index_chunks CROSS JOIN unnest(terms) AS term
            GROUP BY organization_id, bot_id, term
            ON CONFLICT DO NOTHING""");

    /**
     * Row-level security as a backstop to every query's own tenant filter: a connection sees and writes only the rows
     * of the tenant its transaction set in {@code cairn.tenant}, even as the tables' owner (FORCE). The setting is
     * read in scalar subqueries, which PostgreSQL evaluates once per statement instead of once per row, and the tenant
     * is compared as a uuid: a keyword search reads tens of thousands of postings, and the per-row form {@code
     * current_setting('cairn.tenant', true) IN ('*', organization_id::text)} doubled its time. Only a lower-case
     * canonical uuid matches, as in the text comparison; a policy of the older form is replaced.
     */
    static String rowLevelSecurity(String table) {
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
                boolean countStatistics =
                        tableExists(connection, "index_chunks") && !tableExists(connection, "index_scope_stats");
                boolean packPostings = tableExists(connection, "index_terms");
                statement.execute("SELECT set_config('cairn.tenant', '*', true)");
                if (packPostings) {
                    executeAll(statement, ADD_CHUNK_KEYS);
                }
                for (String ddl : DDL) {
                    statement.execute(ddl.contains("%d") ? ddl.formatted(dimension) : ddl);
                }
                if (countStatistics) {
                    executeAll(statement, BACKFILL_STATISTICS);
                }
                if (packPostings) {
                    executeAll(statement, BUILD_BLOCKS);
                }
                statement.execute("SELECT set_config('cairn.tenant', '', true)");
            }
        }
        requireDimension(connection, dimension);
        requireIterativeScans(connection);
    }

    /**
     * Once the tables, the statistics, the posting blocks and their indexes and the per-statement policies exist (and
     * the one-row-per-posting table is gone), start-up only checks them: an application role that may not run DDL can
     * still start.
     */
    private static boolean upToDate(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(
                        """
                        SELECT to_regclass('index_chunks') IS NOT NULL AND to_regclass('index_postings') IS NOT NULL
                            AND to_regclass('index_terms') IS NULL
                            AND to_regclass('index_scope_stats') IS NOT NULL
                            AND to_regclass('index_term_stats') IS NOT NULL
                            AND to_regclass('index_chunks_chunk_key') IS NOT NULL
                            AND to_regclass('index_postings_scope_term') IS NOT NULL
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
