package io.cairn.adapter.out.pgvector;

import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import io.cairn.ports.out.index.IndexScope;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Binds a scope as the first two parameters and reads hits back from the columns every search selects. */
final class Rows {

    /** The columns a search selects, in the order {@link #hits} reads them, followed by the score. */
    static final String HIT_COLUMNS = "c.chunk_id, c.document_id, c.source_id, c.title, c.url, c.text";

    private Rows() {}

    static void bindScope(PreparedStatement statement, IndexScope scope) throws SQLException {
        statement.setObject(1, scope.organizationId().value());
        statement.setObject(2, scope.botId().value());
    }

    static List<ChunkHit> hits(PreparedStatement statement) throws SQLException {
        var hits = new ArrayList<ChunkHit>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                hits.add(hit(row, row.getDouble(7)));
            }
        }
        return List.copyOf(hits);
    }

    /** The hit on the current row, whose first columns are {@link #HIT_COLUMNS}, with a score computed elsewhere. */
    static ChunkHit hit(ResultSet row, double score) throws SQLException {
        return new ChunkHit(
                row.getString(1),
                new DocumentId(row.getObject(2, UUID.class)),
                new SourceId(row.getObject(3, UUID.class)),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                score);
    }
}
