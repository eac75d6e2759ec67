package io.cairn.adapter.out.jdbc.tenant;

import io.cairn.adapter.out.jdbc.PostgresTestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Tenant erasure on a real PostgreSQL, with row-level security forced on every tenant table. */
@EnabledIfEnvironmentVariable(named = "CAIRN_TEST_POSTGRES_URL", matches = ".+")
class PostgresTenantErasureIT extends JdbcTenantErasureTest {

    private static ApplicationContext postgres;

    @Override
    protected ApplicationContext context() {
        if (postgres == null) {
            postgres = ApplicationContext.run(PostgresTestDatabase.properties());
        }
        return postgres;
    }

    @AfterAll
    static void close() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
