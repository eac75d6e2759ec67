package io.cairn.adapter.out.jdbc.embedding;

import io.cairn.ports.out.embedding.EmbeddingCacheRepository;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Driven adapter: keeps passage vectors in {@code embedding_cache} (float32 little-endian), keyed by model and
 * text hash, with plain JDBC on the contextual connection so it joins a surrounding transaction.
 */
@Singleton
public class JdbcEmbeddingCacheRepository implements EmbeddingCacheRepository {

    /** Keeps each lookup well under the bind-parameter limits of both databases. */
    private static final int LOOKUP_BATCH = 500;

    private static final String INSERT =
            "INSERT INTO embedding_cache (model_id, text_hash, vector) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";

    private final TransactionOperations<Connection> transactions;

    JdbcEmbeddingCacheRepository(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Map<String, float[]> findAll(String modelId, Collection<String> textHashes) {
        List<String> hashes = new ArrayList<>(new LinkedHashSet<>(textHashes));
        if (hashes.isEmpty()) {
            return Map.of();
        }
        return transactions.executeRead(status -> {
            Map<String, float[]> found = new HashMap<>();
            for (int from = 0; from < hashes.size(); from += LOOKUP_BATCH) {
                select(
                        status.getConnection(),
                        modelId,
                        hashes.subList(from, Math.min(from + LOOKUP_BATCH, hashes.size())),
                        found);
            }
            return found;
        });
    }

    @Override
    public void putAll(String modelId, Map<String, float[]> vectors) {
        if (vectors.isEmpty()) {
            return;
        }
        // Sorted, so concurrent ingestions take row locks in one order and cannot deadlock on PostgreSQL.
        Map<String, float[]> sorted = new TreeMap<>(vectors);
        transactions.executeWrite(status -> {
            try (PreparedStatement insert = status.getConnection().prepareStatement(INSERT)) {
                for (Map.Entry<String, float[]> e : sorted.entrySet()) {
                    insert.setString(1, modelId);
                    insert.setString(2, e.getKey());
                    insert.setBytes(3, encode(e.getValue()));
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw new EmbeddingCacheException("storing " + sorted.size() + " cached vectors failed", e);
            }
            return null;
        });
    }

    private static void select(Connection connection, String modelId, List<String> hashes, Map<String, float[]> into) {
        try (PreparedStatement query = connection.prepareStatement(lookup(hashes.size()))) {
            for (int i = 0; i < hashes.size(); i++) {
                query.setString(i + 1, hashes.get(i));
            }
            query.setString(hashes.size() + 1, modelId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    into.put(rows.getString(1).strip(), decode(rows.getBytes(2)));
                }
            }
        } catch (SQLException e) {
            throw new EmbeddingCacheException("looking up " + hashes.size() + " cached vectors failed", e);
        }
    }

    /** The hashes first: the key leads with them, and H2 probes an index by an IN list only on its first column. */
    static String lookup(int hashes) {
        return "SELECT text_hash, vector FROM embedding_cache WHERE text_hash IN ("
                + String.join(", ", Collections.nCopies(hashes, "?")) + ") AND model_id = ?";
    }

    static byte[] encode(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        return bytes.array();
    }

    static float[] decode(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
