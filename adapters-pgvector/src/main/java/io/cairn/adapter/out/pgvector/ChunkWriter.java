package io.cairn.adapter.out.pgvector;

import io.cairn.domain.source.DocumentId;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.IndexedChunk;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Deletes and inserts chunk rows with their BM25 postings inside the caller's transaction, counting the changes. A
 * chunk row keeps its distinct terms, so a delete takes it out of the df counts without reading postings; an insert
 * appends one {@link PostingBlock} per term of the batch, keyed by the chunks' new {@code chunk_key}s (never reused).
 * Deletes leave postings in their blocks: {@link BlockMerger} purges them later.
 */
final class ChunkWriter {

    // Two writers replacing the same document queue up instead of colliding on chunk_id; locks are taken in
    // hash order, so writers of overlapping batches cannot deadlock.
    private static final String LOCK_DOCUMENTS =
            """
            SELECT pg_advisory_xact_lock(h) FROM (
                SELECT DISTINCT hashtextextended(?::text || '/' || ?::text || '/' || d::text, 0) AS h
                FROM unnest(?::uuid[]) AS d ORDER BY h) AS keys""";

    // Deletes the chunks and reports what they took out of the statistics, from the rows' own length and terms. Their
    // postings stay in their blocks, dead: searches skip chunk keys index_chunks no longer holds, merges drop them.
    private static final String DELETE =
            """
            WITH gone AS (
                DELETE FROM index_chunks WHERE organization_id = ? AND bot_id = ?%s RETURNING length, terms)
            SELECT NULL::text AS term, count(*), coalesce(sum(length), 0) FROM gone
            UNION ALL
            SELECT t.term, count(*), 0 FROM gone g CROSS JOIN unnest(g.terms) AS t(term) GROUP BY t.term""";

    /** Joins a chunk's distinct terms into one text for the insert; analysed terms never hold a space. */
    private static final String TERM_SEPARATOR = " ";

    // unnest turns the column arrays into rows: one statement and one round trip per table, whatever the size.
    private static final String INSERT_CHUNKS =
            """
            INSERT INTO index_chunks
                (organization_id, bot_id, source_id, document_id, chunk_id, title, url, text, embedding, length, terms)
            SELECT ?, ?, r.source_id, r.document_id, r.chunk_id, r.title, r.url, r.text, r.embedding::vector, r.length,
                   string_to_array(r.terms, ' ')
            FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[])
                AS r(source_id, document_id, chunk_id, title, url, text, embedding, length, terms)
            RETURNING chunk_id, chunk_key""";

    // Appends: a new block never conflicts with another writer's, whatever terms they share.
    private static final String INSERT_BLOCKS =
            """
            INSERT INTO index_postings (organization_id, bot_id, term, postings, count)
            SELECT ?, ?, r.term, r.postings, r.count FROM unnest(?::text[], ?::bytea[], ?::int4[]) AS r(term, postings, count)""";

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
     * Deletes the scope's chunks that also match {@code condition} (SQL, with at most one parameter) and counts them
     * out of {@code stats}; their postings become dead.
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

    /** Deletes every chunk and posting block of the scope; the caller clears the scope's statistics. */
    static void deleteScope(Connection connection, IndexScope scope) throws SQLException {
        for (String table : new String[] {"index_chunks", "index_postings"}) {
            try (var statement =
                    connection.prepareStatement("DELETE FROM " + table + " WHERE organization_id = ? AND bot_id = ?")) {
                Rows.bindScope(statement, scope);
                statement.executeUpdate();
            }
        }
    }

    /**
     * Inserts the chunks, then one posting block per term of the batch (chunk keys come back from the insert), and
     * counts them into {@code stats}. Every vector must already be checked against the index's dimension:
     * {@code literals} holds their text.
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
        var termLists = new String[size];
        var frequencies = new ArrayList<Map<String, Integer>>(size);
        for (int i = 0; i < size; i++) {
            IndexedChunk chunk = chunks.get(i);
            sources[i] = chunk.sourceId().value();
            documents[i] = chunk.documentId().value();
            ids[i] = chunk.chunkId();
            titles[i] = chunk.title();
            urls[i] = chunk.url();
            texts[i] = chunk.text();
            Map<String, Integer> chunkFrequencies = EnglishTerms.frequencies(chunk.title(), chunk.text());
            frequencies.add(chunkFrequencies);
            int length = 0;
            for (var posting : chunkFrequencies.entrySet()) {
                length += posting.getValue();
                stats.addTerm(posting.getKey(), 1);
            }
            lengths[i] = length;
            termLists[i] = String.join(TERM_SEPARATOR, chunkFrequencies.keySet());
            stats.addChunks(1, length);
        }
        Map<String, Long> keys = insertChunks(connection, scope, new Object[][] {
            sources, documents, ids, titles, urls, texts, literals.toArray(), lengths, termLists
        });
        var blocks = new TreeMap<String, PostingBlock>();
        for (int i = 0; i < size; i++) {
            long key = keys.get(ids[i]);
            int length = lengths[i];
            frequencies.get(i).forEach((term, tf) -> blocks.computeIfAbsent(term, t -> new PostingBlock())
                    .add(key, tf, length));
        }
        insertBlocks(connection, scope, blocks);
    }

    /** Inserts one row per block of {@code blocks} (term to postings), in one statement; empty blocks are left out. */
    static void insertBlocks(Connection connection, IndexScope scope, Map<String, PostingBlock> blocks)
            throws SQLException {
        var terms = new ArrayList<String>();
        var encoded = new ArrayList<byte[]>();
        var counts = new ArrayList<Integer>();
        blocks.forEach((term, block) -> {
            if (block.size() > 0) {
                terms.add(term);
                encoded.add(block.encode());
                counts.add(block.size());
            }
        });
        if (terms.isEmpty()) {
            return;
        }
        try (var statement = connection.prepareStatement(INSERT_BLOCKS)) {
            Rows.bindScope(statement, scope);
            statement.setArray(3, connection.createArrayOf("text", terms.toArray()));
            statement.setArray(4, connection.createArrayOf("bytea", encoded.toArray(byte[][]::new)));
            statement.setArray(5, connection.createArrayOf("int4", counts.toArray()));
            statement.executeUpdate();
        }
    }

    /** Inserts the chunk rows from their column arrays and answers each chunk id's new chunk key. */
    private static Map<String, Long> insertChunks(Connection connection, IndexScope scope, Object[][] columns)
            throws SQLException {
        String[] types = {"uuid", "uuid", "text", "text", "text", "text", "text", "int4", "text"};
        var keys = new HashMap<String, Long>();
        try (var statement = connection.prepareStatement(INSERT_CHUNKS)) {
            Rows.bindScope(statement, scope);
            for (int c = 0; c < columns.length; c++) {
                statement.setArray(3 + c, connection.createArrayOf(types[c], columns[c]));
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return keys;
    }

    private static UUID[] uuids(Collection<DocumentId> documents) {
        return documents.stream().map(DocumentId::value).toArray(UUID[]::new);
    }
}
