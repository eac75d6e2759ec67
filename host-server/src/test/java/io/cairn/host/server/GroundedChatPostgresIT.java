package io.cairn.host.server;

import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The grounded chat loop on PostgreSQL: the repositories, the job queue and the pgvector index in a fresh schema of
 * the CAIRN_TEST_POSTGRES_* database, dropped afterwards. Runs only when CAIRN_TEST_POSTGRES_URL is set.
 */
@EnabledIfEnvironmentVariable(named = "CAIRN_TEST_POSTGRES_URL", matches = ".+")
class GroundedChatPostgresIT extends GroundedChatContract {

    @Override
    Map<String, Object> serverProperties() {
        return freshPostgresSchema();
    }
}
