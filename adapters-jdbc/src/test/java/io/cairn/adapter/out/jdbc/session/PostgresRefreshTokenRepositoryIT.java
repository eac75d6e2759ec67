package io.cairn.adapter.out.jdbc.session;

import io.cairn.adapter.out.jdbc.PostgresTestDatabase;
import io.cairn.ports.out.persistence.RefreshTokenRepository;
import io.cairn.ports.out.persistence.RefreshTokenRepositoryContract;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The refresh-token contract on a real PostgreSQL named by {@code CAIRN_TEST_POSTGRES_URL}; skipped without it. */
@EnabledIfEnvironmentVariable(named = "CAIRN_TEST_POSTGRES_URL", matches = ".+")
class PostgresRefreshTokenRepositoryIT extends RefreshTokenRepositoryContract {

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
    protected RefreshTokenRepository newRepository() {
        return context.getBean(JdbcRefreshTokenRepository.class);
    }
}
