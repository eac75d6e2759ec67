package io.cairn.adapter.out.jdbc.embedding;

import io.cairn.adapter.out.jdbc.PostgresTestDatabase;
import io.cairn.ports.out.embedding.EmbeddingCacheRepository;
import io.cairn.ports.out.embedding.EmbeddingCacheRepositoryContract;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The embedding cache contract on a real PostgreSQL named by {@code CAIRN_TEST_POSTGRES_URL}; skipped without it. */
@EnabledIfEnvironmentVariable(named = "CAIRN_TEST_POSTGRES_URL", matches = ".+")
class PostgresEmbeddingCacheIT extends EmbeddingCacheRepositoryContract {

    private static ApplicationContext context;

    @BeforeAll
    static void connect() {
        context = ApplicationContext.run(PostgresTestDatabase.properties());
    }

    @AfterAll
    static void disconnect() {
        context.close();
    }

    @Override
    protected EmbeddingCacheRepository newRepository() {
        return context.getBean(JdbcEmbeddingCacheRepository.class);
    }
}
