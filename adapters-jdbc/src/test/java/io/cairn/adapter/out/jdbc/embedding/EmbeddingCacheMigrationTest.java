package io.cairn.adapter.out.jdbc.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V19 rebuilds the embedding cache under a new key: an install's cached vectors must come through it. */
class EmbeddingCacheMigrationTest {

    private static final String URL =
            "jdbc:h2:mem:embedding-cache-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void should_keep_every_cached_vector_when_the_cache_is_rekeyed() throws SQLException {
        // given: a database at V18 holding vectors of two models, one text cached under both
        migrate("18");
        float[] small = {0.6f, 0.8f};
        float[] large = {1f, 0f, 0f};
        try (Connection db = DriverManager.getConnection(URL, "sa", "")) {
            insert(db, "bge-small-en-v1.5-q", "a".repeat(64), small);
            insert(db, "text-embedding-3-small", "a".repeat(64), large);
        }

        // when
        migrate("latest");

        // then
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                PreparedStatement rows =
                        db.prepareStatement("SELECT model_id, vector FROM embedding_cache ORDER BY model_id");
                ResultSet found = rows.executeQuery()) {
            assertThat(found.next()).isTrue();
            assertThat(found.getString(1)).isEqualTo("bge-small-en-v1.5-q");
            assertThat(JdbcEmbeddingCacheRepository.decode(found.getBytes(2))).containsExactly(small);
            assertThat(found.next()).isTrue();
            assertThat(found.getString(1)).isEqualTo("text-embedding-3-small");
            assertThat(JdbcEmbeddingCacheRepository.decode(found.getBytes(2))).containsExactly(large);
            assertThat(found.next()).isFalse();
        }
    }

    private static void migrate(String target) {
        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .placeholders(Map.of("approle", "-"))
                .target(target)
                .load()
                .migrate();
    }

    private static void insert(Connection db, String model, String hash, float[] vector) throws SQLException {
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO embedding_cache (model_id, text_hash, vector) VALUES (?, ?, ?)")) {
            insert.setString(1, model);
            insert.setString(2, hash);
            insert.setBytes(3, JdbcEmbeddingCacheRepository.encode(vector));
            insert.executeUpdate();
        }
    }
}
