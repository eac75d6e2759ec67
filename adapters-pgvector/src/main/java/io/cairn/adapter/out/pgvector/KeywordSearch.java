package io.cairn.adapter.out.pgvector;

import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.ports.out.index.IndexScope;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * BM25 over title and text, scored in Java from posting blocks ({@link PostingBlock}). Statement 1 reads, in one round
 * trip, the scope's N and total length (index_scope_stats), each query term's df (index_term_stats) and all the term's
 * blocks (index_postings); Java computes each posting's {@link Bm25#termScore} in float64, sums them per chunk key in
 * term order, and ranks by score, then chunk key. Statement 2 reads the hit columns of the best keys; a key it does not
 * find belongs to a deleted chunk, so the next candidates are read until {@code limit} live hits or no candidates are
 * left. Run both in one snapshot (REPEATABLE READ), so statement 2 sees the chunks statement 1's postings point at.
 */
final class KeywordSearch {

    private static final String POSTINGS =
            """
            SELECT s.chunks, s.total_length, t.df, p.postings
            FROM index_scope_stats s
            JOIN index_term_stats t ON t.organization_id = ? AND t.bot_id = ? AND t.term = ANY (?::text[])
            JOIN index_postings p ON p.organization_id = ? AND p.bot_id = ? AND p.term = t.term
            WHERE s.organization_id = ? AND s.bot_id = ?
            ORDER BY t.term, p.block""";

    private static final String HITS = "SELECT " + Rows.HIT_COLUMNS + ", c.chunk_key FROM index_chunks c"
            + " WHERE c.organization_id = ? AND c.bot_id = ? AND c.chunk_key = ANY (?::int8[])";

    private KeywordSearch() {}

    static List<ChunkHit> search(Connection connection, IndexScope scope, List<String> terms, int limit)
            throws SQLException {
        ChunkScores scores = score(connection, scope, terms);
        var hits = new ArrayList<ChunkHit>(limit);
        int tried = 0;
        int wanted = limit;
        while (hits.size() < limit && tried < scores.size()) {
            // Every round ranks a longer prefix; equal scores break by key, so the prefix already tried stays put.
            int candidates = Math.min(scores.size(), tried + wanted);
            var rankedKeys = new long[candidates];
            var rankedScores = new double[candidates];
            scores.top(candidates, rankedKeys, rankedScores);
            hits.addAll(live(connection, scope, rankedKeys, rankedScores, tried, candidates, limit - hits.size()));
            // Dead keys in this round hint at more further down: ask for twice as many as are missing.
            wanted = 2 * (limit - hits.size());
            tried = candidates;
        }
        return List.copyOf(hits);
    }

    /** Sums every query term's BM25 contribution per chunk key, live and dead keys alike. */
    private static ChunkScores score(Connection connection, IndexScope scope, List<String> terms) throws SQLException {
        try (var statement = connection.prepareStatement(POSTINGS)) {
            for (int scoped : new int[] {1, 4, 6}) {
                statement.setObject(scoped, scope.organizationId().value());
                statement.setObject(scoped + 1, scope.botId().value());
            }
            statement.setArray(3, connection.createArrayOf("text", terms.toArray()));
            var blocks = new ArrayList<byte[]>();
            var idfs = new ArrayList<Double>();
            double averageLength = 0;
            int postings = 0;
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    long n = rows.getLong(1);
                    averageLength = (double) rows.getLong(2) / n;
                    idfs.add(Bm25.idf(n, rows.getLong(3)));
                    byte[] block = rows.getBytes(4);
                    blocks.add(block);
                    postings += block.length / PostingBlock.RECORD_BYTES;
                }
            }
            var scores = new ChunkScores(Math.min(postings, 1 << 20));
            for (int b = 0; b < blocks.size(); b++) {
                addBlock(scores, blocks.get(b), idfs.get(b), averageLength);
            }
            return scores;
        }
    }

    private static void addBlock(ChunkScores scores, byte[] block, double idf, double averageLength) {
        PostingBlock.forEachRecord(
                block, (key, tf, length) -> scores.add(key, Bm25.termScore(idf, tf, length, averageLength)));
    }

    /** The live hits among the ranked candidates {@code from..to}, best first, at most {@code most}. */
    private static List<ChunkHit> live(
            Connection connection,
            IndexScope scope,
            long[] rankedKeys,
            double[] rankedScores,
            int from,
            int to,
            int most)
            throws SQLException {
        long[] keys = Arrays.copyOfRange(rankedKeys, from, to);
        var found = new HashMap<Long, ChunkHit>();
        try (var statement = connection.prepareStatement(HITS)) {
            Rows.bindScope(statement, scope);
            statement.setArray(
                    3,
                    connection.createArrayOf("int8", Arrays.stream(keys).boxed().toArray()));
            var scoreOf = new HashMap<Long, Double>();
            for (int i = from; i < to; i++) {
                scoreOf.put(rankedKeys[i], rankedScores[i]);
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    long key = rows.getLong(7);
                    found.put(key, Rows.hit(rows, scoreOf.get(key)));
                }
            }
        }
        var hits = new ArrayList<ChunkHit>();
        for (int i = 0; i < keys.length && hits.size() < most; i++) {
            ChunkHit hit = found.get(keys[i]);
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }
}
