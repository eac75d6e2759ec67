package io.cairn.adapter.out.pgvector;

import io.cairn.adapter.out.pgvector.MergePolicy.Block;
import io.cairn.ports.out.index.IndexScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Merges a term's posting blocks into one, dropping dead postings (chunk keys index_chunks no longer holds), inside
 * the caller's transaction. Every merge first locks the scope's index_scope_stats row, the row every writer of the
 * scope updates (and so locks until commit) when it applies its statistics: merges of one scope never overlap, and no
 * block of the scope commits while one runs, so what a merge read is exactly what it deletes. Which blocks to merge
 * is {@link MergePolicy}'s decision.
 */
final class BlockMerger {

    /** Terms of the write whose blocks are too many or too dead; read without a lock, so only a hint. */
    private static final String CROWDED =
            """
            SELECT p.term FROM index_postings p
            LEFT JOIN index_term_stats s ON s.organization_id = p.organization_id AND s.bot_id = p.bot_id
                AND s.term = p.term
            WHERE p.organization_id = ? AND p.bot_id = ? AND p.term = ANY (?::text[])
            GROUP BY p.term, s.df
            HAVING count(*) > %d OR sum(p.count) > 2 * coalesce(s.df, 0)"""
                    .formatted(MergePolicy.MAX_BLOCKS);

    /** The scope's next terms, in order, that have more than one block or any dead posting. */
    private static final String UNCOMPACTED =
            """
            SELECT p.term FROM index_postings p
            LEFT JOIN index_term_stats s ON s.organization_id = p.organization_id AND s.bot_id = p.bot_id
                AND s.term = p.term
            WHERE p.organization_id = ? AND p.bot_id = ? AND p.term > ?
            GROUP BY p.term, s.df
            HAVING count(*) > 1 OR sum(p.count) <> coalesce(s.df, 0)
            ORDER BY p.term
            LIMIT ?""";

    private static final String LOCK_SCOPE =
            "SELECT 1 FROM index_scope_stats WHERE organization_id = ? AND bot_id = ? FOR UPDATE";

    private static final String BLOCKS =
            """
            SELECT p.term, p.block, p.count, coalesce(s.df, 0) FROM index_postings p
            LEFT JOIN index_term_stats s ON s.organization_id = p.organization_id AND s.bot_id = p.bot_id
                AND s.term = p.term
            WHERE p.organization_id = ? AND p.bot_id = ? AND p.term = ANY (?::text[])""";

    private static final String READ =
            """
            SELECT term, postings FROM index_postings
            WHERE organization_id = ? AND bot_id = ? AND term = ANY (?::text[]) AND block = ANY (?::int8[])""";

    private static final String DELETE =
            """
            DELETE FROM index_postings
            WHERE organization_id = ? AND bot_id = ? AND term = ANY (?::text[]) AND block = ANY (?::int8[])""";

    private BlockMerger() {}

    /**
     * After a write applied its statistics, in its transaction: merges the blocks of the write's {@code terms} that
     * {@link MergePolicy#afterWrite} picks. Costs one indexed query when no term needs a merge.
     */
    static void afterWrite(Connection connection, IndexScope scope, Collection<String> terms) throws SQLException {
        if (terms.isEmpty()) {
            return;
        }
        List<String> crowded = termsOf(connection, CROWDED, scope, statement -> {
            statement.setArray(3, connection.createArrayOf("text", terms.toArray()));
        });
        if (!crowded.isEmpty()) {
            lockScope(connection, scope);
            merge(connection, scope, crowded, MergePolicy::afterWrite);
        }
    }

    /**
     * Rewrites up to {@code batch} of the scope's terms after {@code after} (in term order) into one block of live
     * postings each. Answers the last term it looked at, or empty when no term is left after it.
     */
    static Optional<String> compact(Connection connection, IndexScope scope, String after, int batch)
            throws SQLException {
        lockScope(connection, scope);
        List<String> terms = termsOf(connection, UNCOMPACTED, scope, statement -> {
            statement.setString(3, after);
            statement.setInt(4, batch);
        });
        merge(connection, scope, terms, MergePolicy::all);
        return terms.size() < batch ? Optional.empty() : Optional.of(terms.get(terms.size() - 1));
    }

    private static void merge(
            Connection connection,
            IndexScope scope,
            List<String> terms,
            BiFunction<List<Block>, Long, List<Long>> policy)
            throws SQLException {
        if (terms.isEmpty()) {
            return;
        }
        var blocks = new HashMap<String, List<Block>>();
        var dfs = new HashMap<String, Long>();
        try (var statement = connection.prepareStatement(BLOCKS)) {
            Rows.bindScope(statement, scope);
            statement.setArray(3, connection.createArrayOf("text", terms.toArray()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    blocks.computeIfAbsent(rows.getString(1), term -> new ArrayList<>())
                            .add(new Block(rows.getLong(2), rows.getInt(3)));
                    dfs.put(rows.getString(1), rows.getLong(4));
                }
            }
        }
        var chosen = new ArrayList<Long>();
        var mergedTerms = new ArrayList<String>();
        blocks.forEach((term, termBlocks) -> {
            List<Long> ids = policy.apply(termBlocks, dfs.get(term));
            if (!ids.isEmpty()) {
                chosen.addAll(ids);
                mergedTerms.add(term);
            }
        });
        if (chosen.isEmpty()) {
            return;
        }
        Map<String, PostingBlock> merged = read(connection, scope, mergedTerms, chosen);
        long[] keys = merged.values().stream()
                .flatMap(block -> block.postings().stream())
                .mapToLong(PostingBlock.Posting::chunkKey)
                .toArray();
        LiveKeys live = LiveKeys.of(connection, keys);
        merged.values().forEach(block -> block.retainLive(live));
        delete(connection, scope, mergedTerms, chosen);
        ChunkWriter.insertBlocks(connection, scope, merged);
    }

    private static Map<String, PostingBlock> read(
            Connection connection, IndexScope scope, List<String> terms, List<Long> blocks) throws SQLException {
        var merged = new TreeMap<String, PostingBlock>();
        try (var statement = connection.prepareStatement(READ)) {
            bindBlocks(connection, statement, scope, terms, blocks);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    merged.computeIfAbsent(rows.getString(1), term -> new PostingBlock())
                            .addAll(rows.getBytes(2));
                }
            }
        }
        return merged;
    }

    private static void delete(Connection connection, IndexScope scope, List<String> terms, List<Long> blocks)
            throws SQLException {
        try (var statement = connection.prepareStatement(DELETE)) {
            bindBlocks(connection, statement, scope, terms, blocks);
            int deleted = statement.executeUpdate();
            if (deleted != blocks.size()) {
                // Only a merge that did not hold the scope's lock could get here; its rollback keeps every posting.
                throw new IllegalStateException(
                        "posting blocks changed during a merge: deleted " + deleted + " of " + blocks.size());
            }
        }
    }

    private static void bindBlocks(
            Connection connection, PreparedStatement statement, IndexScope scope, List<String> terms, List<Long> blocks)
            throws SQLException {
        Rows.bindScope(statement, scope);
        statement.setArray(3, connection.createArrayOf("text", terms.toArray()));
        statement.setArray(4, connection.createArrayOf("int8", blocks.toArray()));
    }

    private static void lockScope(Connection connection, IndexScope scope) throws SQLException {
        try (var statement = connection.prepareStatement(LOCK_SCOPE)) {
            Rows.bindScope(statement, scope);
            statement.executeQuery().close();
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private static List<String> termsOf(Connection connection, String sql, IndexScope scope, Binder binder)
            throws SQLException {
        var terms = new ArrayList<String>();
        try (var statement = connection.prepareStatement(sql)) {
            Rows.bindScope(statement, scope);
            binder.bind(statement);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    terms.add(rows.getString(1));
                }
            }
        }
        return terms;
    }
}
