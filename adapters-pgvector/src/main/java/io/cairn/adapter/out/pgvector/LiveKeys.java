package io.cairn.adapter.out.pgvector;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/** The chunk keys, out of some asked about, that index_chunks still holds: the others belong to deleted chunks. */
final class LiveKeys {

    private final long[] sorted;

    private LiveKeys(long[] sorted) {
        this.sorted = sorted;
    }

    /** Which of {@code keys} (in any order, repeats allowed) are live, as the caller's transaction sees them. */
    static LiveKeys of(Connection connection, long[] keys) throws SQLException {
        long[] distinct = Arrays.stream(keys).sorted().distinct().toArray();
        if (distinct.length == 0) {
            return new LiveKeys(distinct);
        }
        var live = new long[distinct.length];
        int found = 0;
        try (var statement =
                connection.prepareStatement("SELECT chunk_key FROM index_chunks WHERE chunk_key = ANY (?::int8[])")) {
            statement.setArray(
                    1,
                    connection.createArrayOf(
                            "int8", Arrays.stream(distinct).boxed().toArray()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    live[found++] = rows.getLong(1);
                }
            }
        }
        long[] result = Arrays.copyOf(live, found);
        Arrays.sort(result);
        return new LiveKeys(result);
    }

    boolean contains(long key) {
        return Arrays.binarySearch(sorted, key) >= 0;
    }
}
