package io.cairn.host.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A contract run against the real server, once per storage backend: each subclass says which through
 * {@link #serverProperties()}. Starts the server in a fresh data directory and removes both afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerContract {

    private Path dataDir;
    private PostgresSchema schema;
    RunningServer server;

    /** Extra properties of the server under test, on top of those of {@link RunningServer}; asked once, first. */
    abstract Map<String, Object> serverProperties() throws Exception;

    /** For subclasses on PostgreSQL: a fresh schema of the CAIRN_TEST_POSTGRES_* database, dropped at the end. */
    Map<String, Object> freshPostgresSchema() {
        schema = new PostgresSchema();
        return schema.serverProperties();
    }

    /** Releases what {@link #serverProperties()} set up, once the server has stopped. */
    void afterServerStopped() throws Exception {
        if (schema != null) {
            schema.close();
        }
    }

    /** Starts the server on this subclass's storage, with the contract's own properties on top. */
    RunningServer startServer(Map<String, Object> contractProperties) throws Exception {
        dataDir = Files.createTempDirectory("cairn-it");
        Map<String, Object> properties = new HashMap<>(serverProperties());
        properties.putAll(contractProperties);
        server = new RunningServer(dataDir, properties);
        return server;
    }

    @AfterAll
    void stopServer() throws Exception {
        try {
            if (server != null) {
                server.close();
            }
            if (dataDir != null) {
                try (var files = Files.walk(dataDir)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        } finally {
            afterServerStopped();
        }
    }
}
