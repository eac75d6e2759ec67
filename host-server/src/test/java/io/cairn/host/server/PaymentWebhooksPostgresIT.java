package io.cairn.host.server;

import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Payment webhooks on PostgreSQL, with row-level security on, in a fresh schema of the CAIRN_TEST_POSTGRES_*
 * database, dropped afterwards. Runs only when CAIRN_TEST_POSTGRES_URL is set.
 */
@EnabledIfEnvironmentVariable(named = "CAIRN_TEST_POSTGRES_URL", matches = ".+")
class PaymentWebhooksPostgresIT extends PaymentWebhooksContract {

    @Override
    Map<String, Object> serverProperties() {
        return freshPostgresSchema();
    }
}
