package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The crash test on PostgreSQL: repositories, jobs and the pgvector index in a fresh schema of the
 * CAIRN_TEST_POSTGRES_* database. Runs only when CAIRN_TEST_POSTGRES_URL is set.
 */
@EnabledIfEnvironmentVariable(named = "CAIRN_TEST_POSTGRES_URL", matches = ".+")
class IngestionCrashPostgresIT extends IngestionCrashContract {

    private final PostgresSchema schema = new PostgresSchema();

    @Override
    Map<String, String> storageEnv() {
        return schema.serverEnv();
    }

    /** Counts the bot's chunks, and checks that no chunk text of this test's one-chunk notes appears twice. */
    @Override
    long indexedChunks(Path data, OrganizationId org, BotId bot) throws Exception {
        try (Connection db = schema.connect();
                var tenant = db.prepareStatement("SELECT set_config('cairn.tenant', ?, false)");
                var statement = db.prepareStatement("SELECT count(*), count(DISTINCT text) FROM index_chunks"
                        + " WHERE organization_id = ? AND bot_id = ?")) {
            // Row-level security shows a session only the rows of the tenant it declares.
            tenant.setString(1, org.value().toString());
            tenant.execute();
            statement.setObject(1, org.value());
            statement.setObject(2, bot.value());
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(2)).as("distinct chunk texts").isEqualTo(rows.getLong(1));
                return rows.getLong(1);
            }
        }
    }

    @Override
    Connection database(Path data) throws Exception {
        return schema.connect();
    }

    @Override
    void afterServerStopped() {
        schema.close();
    }
}
