package io.cairn.adapter.out.jdbc.apikey;

import io.cairn.adapter.out.jdbc.PostgresTestDatabase;
import io.cairn.ports.out.persistence.ApiKeyRepository;
import io.cairn.ports.out.persistence.ApiKeyRepositoryContract;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The API key contract on a real PostgreSQL named by {@code CAIRN_TEST_POSTGRES_URL}; skipped without it. */
@EnabledIfEnvironmentVariable(named = "CAIRN_TEST_POSTGRES_URL", matches = ".+")
class PostgresApiKeyRepositoryIT extends ApiKeyRepositoryContract {

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
    protected ApiKeyRepository newRepository() {
        return context.getBean(JdbcApiKeyRepository.class);
    }
}
