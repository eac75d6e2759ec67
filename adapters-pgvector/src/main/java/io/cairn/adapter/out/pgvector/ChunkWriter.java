package io.cairn.adapter.out.pgvector;

import io.cairn.domain.source.DocumentId;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.IndexedChunk;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Deletes and inserts chunk rows with their BM25 postings inside the caller's transaction, counting the changes. */
final class ChunkWriter {

    // Two writers replacing the same document queue up instead of colliding on chunk_id; locks are taken in
    // hash order, so writers of overlapping batches cannot deadlock.
    private static final String LOCK_DOCUMENTS =
            """
            SELECT pg_advisory_xact_lock(h) FROM (
                SELECT DISTINCT hashtextextended(?::text || '/' || ?::text || '/' || d::text, 0) AS h
                FROM unnest(?::uuid[]) AS d ORDER BY h) AS keys""";

    // Deletes the chunks and reports what they took out of the statistics: the outer SELECT still sees the postings,
    // which the ON DELETE CASCADE removes only at the end of the statement.
    private static final String DELETE =
            """
            WITH gone AS (
                DELETE FROM index_chunks WHERE organization_id = ? AND bot_id = ?%s RETURNING chunk_id, length)
            SELECT NULL::text AS term, count(*), coalesce(sum(length), 0) FROM gone
            UNION ALL
            SELECT t.term, count(*), 0 FROM index_terms t JOIN gone g ON g.chunk_id = t.chunk_id GROUP BY t.term""";

    // unnest turns the column arrays into rows: one statement and one round trip per table, whatever the size.
    private static final String INSERT_CHUNKS =
            """
            INSERT INTO index_chunks
                (organization_id, bot_id, source_id, document_id, chunk_id, title, url, text, embedding, length)
            SELECT ?, ?, r.source_id, r.document_id, r.chunk_id, r.title, r.url, r.text, r.embedding::vector, r.length
            FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[])
                AS r(source_id, document_id, chunk_id, title, url, text, embedding, length)""";

    private static final String INSERT_TERMS =
            """
            INSERT INTO index_terms (organization_id, bot_id, term, chunk_id, tf, length)
            SELECT ?, ?, r.term, r.chunk_id, r.tf, r.length
            FROM unnest(?::text[], ?::text[], ?::int[], ?::int[]) AS r(term, chunk_id, tf, length)""";

    private ChunkWriter() {}

    static void lockDocuments(Connection connection, IndexScope scope, Collection<DocumentId> documents)
            throws SQLException {
        try (var statement = connection.prepareStatement(LOCK_DOCUMENTS)) {
            statement.setObject(1, scope.organizationId().value());
            statement.setObject(2, scope.botId().value());
            statement.setArray(3, connection.createArrayOf("uuid", uuids(documents)));
            statement.execute();
        }
    }

    static void deleteDocuments(
            Connection connection, IndexScope scope, Collection<DocumentId> documents, ScopeStats stats)
            throws SQLException {
        delete(
                connection,
                scope,
                " AND document_id = ANY (?)",
                connection.createArrayOf("uuid", uuids(documents)),
                stats);
    }

    /**
     * Deletes the scope's chunks that also match {@code condition} (SQL, with at most one parameter), with their
     * postings, and counts them out of {@code stats}.
     */
    static void delete(Connection connection, IndexScope scope, String condition, Object parameter, ScopeStats stats)
            throws SQLException {
        try (var statement = connection.prepareStatement(DELETE.formatted(condition))) {
            Rows.bindScope(statement, scope);
            if (parameter != null) {
                statement.setObject(3, parameter);
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    String term = rows.getString(1);
                    if (term == null) {
                        stats.addChunks(-rows.getLong(2), -rows.getLong(3));
                    } else {
                        stats.addTerm(term, -rows.getLong(2));
                    }
                }
            }
        }
    }

    /** Deletes every chunk of the scope with its postings; the caller clears the scope's statistics. */
    static void deleteScope(Connection connection, IndexScope scope) throws SQLException {
        try (var statement =
                connection.prepareStatement("DELETE FROM index_chunks WHERE organization_id = ? AND bot_id = ?")) {
            Rows.bindScope(statement, scope);
            statement.executeUpdate();
        }
    }

    /**
     * Inserts the chunks with their postings and counts them into {@code stats}. Every vector must already be checked
     * against the index's dimension: {@code literals} holds their text.
     */
    static void insert(
            Connection connection, IndexScope scope, List<IndexedChunk> chunks, List<String> literals, ScopeStats stats)
            throws SQLException {
        if (chunks.isEmpty()) {
            return;
        }
        int size = chunks.size();
        var sources = new UUID[size];
        var documents = new UUID[size];
        var ids = new String[size];
        var titles = new String[size];
        var urls = new String[size];
        var texts = new String[size];
        var lengths = new Integer[size];
        var terms = new ArrayList<String>();
        var termChunks = new ArrayList<String>();
        var frequencies = new ArrayList<Integer>();
        var postingLengths = new ArrayList<Integer>();
        for (int i = 0; i < size; i++) {
            IndexedChunk chunk = chunks.get(i);
            sources[i] = chunk.sourceId().value();
            documents[i] = chunk.documentId().value();
            ids[i] = chunk.chunkId();
            titles[i] = chunk.title();
            urls[i] = chunk.url();
            texts[i] = chunk.text();
            int length = 0;
            int firstPosting = terms.size();
            for (var posting :
                    EnglishTerms.frequencies(chunk.title(), chunk.text()).entrySet()) {
                terms.add(posting.getKey());
                termChunks.add(chunk.chunkId());
                frequencies.add(posting.getValue());
                length += posting.getValue();
                stats.addTerm(posting.getKey(), 1);
            }
            lengths[i] = length;
            for (int p = firstPosting; p < terms.size(); p++) {
                postingLengths.add(length);
            }
            stats.addChunks(1, length);
        }
        try (var statement = connection.prepareStatement(INSERT_CHUNKS)) {
            Rows.bindScope(statement, scope);
            Object[][] columns = {sources, documents, ids, titles, urls, texts, literals.toArray(), lengths};
            String[] types = {"uuid", "uuid", "text", "text", "text", "text", "text", "int4"};
            for (int c = 0; c < columns.length; c++) {
                statement.setArray(3 + c, connection.createArrayOf(types[c], columns[c]));
            }
            statement.executeUpdate();
        }
        try (var statement = connection.prepareStatement(INSERT_TERMS)) {
            Rows.bindScope(statement, scope);
            statement.setArray(3, connection.createArrayOf("text", terms.toArray()));
            statement.setArray(4, connection.createArrayOf("text", termChunks.toArray()));
            statement.setArray(5, connection.createArrayOf("int4", frequencies.toArray()));
            statement.setArray(6, connection.createArrayOf("int4", postingLengths.toArray()));
            statement.executeUpdate();
        }
    }

    private static UUID[] uuids(Collection<DocumentId> documents) {
        return documents.stream().map(DocumentId::value).toArray(UUID[]::new);
    }
}
