package io.cairn.adapter.out.jdbc.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.embedding.EmbeddingCacheRepository;
import io.cairn.ports.out.embedding.EmbeddingCacheRepositoryContract;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class JdbcEmbeddingCacheRepositoryTest extends EmbeddingCacheRepositoryContract {

    @Override
    protected EmbeddingCacheRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcEmbeddingCacheRepository.class);
    }

    @Test
    void should_probe_the_key_for_each_hash_when_looking_up_a_batch_on_h2() throws SQLException {
        // given: the lookup an ingestion batch makes
        String lookup = JdbcEmbeddingCacheRepository.lookup(3);

        // when
        String plan = plan(lookup, "a".repeat(64), "b".repeat(64), "c".repeat(64), "bge-small-en-v1.5-q");

        // then: the three hashes and the model are the key's conditions, so no other cached vector is read (the
        // model alone as the condition read every vector of the model, a cost that grew with the cache)
        assertThat(plan.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT))
                .containsPattern("/\\* public\\.primary_key_\\w+: text_hash in\\(.*\\) and model_id = .*\\*/");
    }

    private static String plan(String sql, String... parameters) throws SQLException {
        DataSource dataSource =
                DelegatingDataSource.unwrapDataSource(H2TestDatabase.context().getBean(DataSource.class));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = explain.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
