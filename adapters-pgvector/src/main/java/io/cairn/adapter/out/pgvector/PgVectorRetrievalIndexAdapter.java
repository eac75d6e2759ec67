package io.cairn.adapter.out.pgvector;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.index.DocumentChunks;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.IndexedChunk;
import io.cairn.ports.out.index.RetrievalIndexPort;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Driven adapter: the retrieval index in PostgreSQL, HNSW cosine search by pgvector and BM25 over posting blocks
 * scored in Java, per scope.
 */
public final class PgVectorRetrievalIndexAdapter implements RetrievalIndexPort {

    /** Terms an optimize merges per transaction. */
    private static final int COMPACT_BATCH = 1000;

    private final Transactions transactions;
    private final int dimension;

    /**
     * Uses {@code dataSource} for every call and stores vectors of exactly {@code dimension} components. Call
     * {@link #migrate()} once before first use.
     */
    public PgVectorRetrievalIndexAdapter(DataSource dataSource, int dimension) {
        this.transactions = new Transactions(Objects.requireNonNull(dataSource));
        this.dimension = VectorLiteral.requireSupported(dimension);
    }

    /** Creates the tables and indexes if missing and checks that the stored dimension is the configured one. */
    public PgVectorRetrievalIndexAdapter migrate() {
        transactions.inTransaction("migrate the index schema", connection -> {
            PgVectorSchema.migrate(connection, dimension);
            return null;
        });
        return this;
    }

    /**
     * For bulk loads into a large index: drops the HNSW index, so each insert skips maintaining the graph. Until
     * {@link #buildVectorIndex} runs, vector searches scan the scope exactly (slowly). Needs the tables' owner.
     */
    public void dropVectorIndex() {
        transactions.inTransaction("drop the vector index", connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute(PgVectorSchema.DROP_VECTOR_INDEX);
            }
            return null;
        });
    }

    /**
     * Builds the HNSW index if missing (after {@link #dropVectorIndex} and a bulk load), in one pass over the table
     * with up to {@code maintenanceWorkMemMegabytes} of memory: a build whose graph fits in it is several times faster
     * than one that spills.
     */
    public void buildVectorIndex(int maintenanceWorkMemMegabytes) {
        if (maintenanceWorkMemMegabytes < 1) {
            throw new IllegalArgumentException("maintenance_work_mem must be at least 1 MB");
        }
        transactions.inTransaction("build the vector index", connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET LOCAL maintenance_work_mem = '" + maintenanceWorkMemMegabytes + "MB'");
                statement.execute(PgVectorSchema.VECTOR_INDEX);
            }
            return null;
        });
    }

    /**
     * Rewrites every term's posting blocks into one block of live postings ({@link BlockMerger#compact}, one scope
     * and up to {@value #COMPACT_BATCH} terms per transaction, so writes wait at most one batch), then gives the index's
     * tables fresh planner statistics and visibility map, as autovacuum would leave them some time after a bulk load.
     * VACUUM needs the tables' owner; PostgreSQL skips, with a warning, tables the role does not own.
     */
    @Override
    public void optimize() {
        for (IndexScope scope : scopesWithPostings()) {
            Optional<String> after = Optional.of("");
            while (after.isPresent()) {
                String from = after.get();
                after = transactions.inScope(
                        scope,
                        "merge posting blocks",
                        connection -> BlockMerger.compact(connection, scope, from, COMPACT_BATCH));
            }
        }
        transactions.outsideTransaction("vacuum the index tables", connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("VACUUM (ANALYZE) index_chunks, index_postings, index_scope_stats, index_term_stats");
            }
            return null;
        });
    }

    private List<IndexScope> scopesWithPostings() {
        return transactions.inTransaction("list the index's scopes", connection -> {
            var scopes = new ArrayList<IndexScope>();
            try (var statement = connection.createStatement()) {
                statement.execute("SELECT set_config('cairn.tenant', '*', true)");
                try (var rows = statement.executeQuery("SELECT DISTINCT organization_id, bot_id FROM index_postings")) {
                    while (rows.next()) {
                        scopes.add(new IndexScope(
                                new OrganizationId(rows.getObject(1, UUID.class)),
                                new BotId(rows.getObject(2, UUID.class))));
                    }
                }
            }
            return scopes;
        });
    }

    @Override
    public void replaceDocument(IndexScope scope, DocumentId document, List<IndexedChunk> chunks) {
        replaceDocuments(scope, List.of(new DocumentChunks(document, chunks)));
    }

    /** One transaction for the whole batch: each document, and the batch as a whole, swaps atomically. */
    @Override
    public void replaceDocuments(IndexScope scope, List<DocumentChunks> replacements) {
        Objects.requireNonNull(scope);
        var documents = new LinkedHashSet<DocumentId>();
        var chunks = new ArrayList<IndexedChunk>();
        var literals = new ArrayList<String>();
        for (DocumentChunks replacement : replacements) {
            documents.add(replacement.document());
            for (IndexedChunk chunk : replacement.chunks()) {
                if (!chunk.documentId().equals(replacement.document())) {
                    throw new IllegalArgumentException("chunk " + chunk.chunkId() + " belongs to another document");
                }
                chunks.add(chunk);
                literals.add(VectorLiteral.of(chunk.vector(), dimension));
            }
        }
        if (documents.isEmpty()) {
            return;
        }
        writeCounted(scope, "replace documents", (connection, stats) -> {
            ChunkWriter.lockDocuments(connection, scope, documents);
            ChunkWriter.deleteDocuments(connection, scope, documents, stats);
            ChunkWriter.insert(connection, scope, chunks, literals, stats);
        });
    }

    @Override
    public void deleteDocument(IndexScope scope, DocumentId document) {
        writeCounted(scope, "delete a document", (connection, stats) -> {
            ChunkWriter.lockDocuments(connection, scope, List.of(document));
            ChunkWriter.deleteDocuments(connection, scope, List.of(document), stats);
        });
    }

    @Override
    public void deleteSource(IndexScope scope, SourceId source) {
        writeCounted(
                scope,
                "delete a source",
                (connection, stats) ->
                        ChunkWriter.delete(connection, scope, " AND source_id = ?", source.value(), stats));
    }

    @Override
    public void deleteBot(IndexScope scope) {
        transactions.inScope(scope, "delete a bot", connection -> {
            // Chunks first, statistics last, in the order writers lock them. A merge committing meanwhile may leave a
            // block behind whose keys are all dead: searches skip it and the term's next merge drops it.
            ChunkWriter.deleteScope(connection, scope);
            ScopeStats.clear(connection, scope);
            return null;
        });
    }

    @Override
    public List<ChunkHit> searchVector(IndexScope scope, float[] query, int limit) {
        Objects.requireNonNull(scope);
        requirePositive(limit);
        String vector = VectorLiteral.of(query, dimension);
        return transactions.inScope(
                scope, "search by vector", connection -> VectorSearch.nearest(connection, scope, vector, limit));
    }

    @Override
    public List<ChunkHit> searchKeyword(IndexScope scope, String query, int limit) {
        Objects.requireNonNull(scope);
        requirePositive(limit);
        List<String> terms = EnglishTerms.queryTerms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        return transactions.readInScope(
                scope, "search by keyword", connection -> KeywordSearch.search(connection, scope, terms, limit));
    }

    @Override
    public long count(IndexScope scope) {
        return transactions.inScope(scope, "count chunks", connection -> {
            try (var statement = connection.prepareStatement(
                    "SELECT count(*) FROM index_chunks WHERE organization_id = ? AND bot_id = ?")) {
                Rows.bindScope(statement, scope);
                try (var result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }

    /** A write whose changes to the scope's BM25 statistics are applied at its end, in its transaction. */
    @FunctionalInterface
    private interface CountedWrite {
        void run(Connection connection, ScopeStats stats) throws SQLException;
    }

    private void writeCounted(IndexScope scope, String purpose, CountedWrite write) {
        transactions.inScope(scope, purpose, connection -> {
            var stats = new ScopeStats();
            write.run(connection, stats);
            stats.apply(connection, scope);
            BlockMerger.afterWrite(connection, scope, stats.terms());
            return null;
        });
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
