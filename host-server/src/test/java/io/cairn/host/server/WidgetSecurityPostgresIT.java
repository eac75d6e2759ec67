package io.cairn.host.server;

import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The widget's security on PostgreSQL, with rate-limit buckets in the database (bucket4j), in a fresh schema of the
 * CAIRN_TEST_POSTGRES_* database, dropped afterwards. Runs only when CAIRN_TEST_POSTGRES_URL is set.
 */
@EnabledIfEnvironmentVariable(named = "CAIRN_TEST_POSTGRES_URL", matches = ".+")
class WidgetSecurityPostgresIT extends WidgetSecurityContract {

    @Override
    Map<String, Object> serverProperties() {
        return freshPostgresSchema();
    }
}
