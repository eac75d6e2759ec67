package io.cairn.adapter.out.jdbc.jobs;

import io.cairn.adapter.out.jdbc.PostgresTestDatabase;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The job-queue tests on a real PostgreSQL named by {@code CAIRN_TEST_POSTGRES_URL}; skipped when it is not set. */
@EnabledIfEnvironmentVariable(named = "CAIRN_TEST_POSTGRES_URL", matches = ".+")
class PostgresJobQueueIT extends DbSchedulerJobQueueTest {

    @Override
    protected ApplicationContext startContext() {
        Map<String, Object> properties = new HashMap<>(PostgresTestDatabase.properties());
        properties.putAll(FAST_JOBS);
        return ApplicationContext.run(properties);
    }
}
