package io.cairn.host.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * A throwaway schema in the CAIRN_TEST_POSTGRES_* database, so each run starts from an empty database: the server
 * gets a JDBC URL whose search path starts at it (pgvector stays in public), and it is dropped on close.
 */
final class PostgresSchema implements AutoCloseable {

    private final String url = System.getenv("CAIRN_TEST_POSTGRES_URL");
    private final String user = System.getenv().getOrDefault("CAIRN_TEST_POSTGRES_USER", "");
    private final String password = System.getenv().getOrDefault("CAIRN_TEST_POSTGRES_PASSWORD", "");
    private final String name = "cairn_it_" + UUID.randomUUID().toString().replace("-", "");

    PostgresSchema() {
        execute("CREATE SCHEMA " + name);
    }

    /** What CAIRN_DB_URL, CAIRN_DB_USER and CAIRN_DB_PASSWORD would give, on this schema. */
    Map<String, Object> serverProperties() {
        return StartupProperties.postgres(schemaUrl(), user, password);
    }

    /** CAIRN_DB_URL, CAIRN_DB_USER and CAIRN_DB_PASSWORD for a server process on this schema. */
    Map<String, String> serverEnv() {
        return Map.of("CAIRN_DB_URL", schemaUrl(), "CAIRN_DB_USER", user, "CAIRN_DB_PASSWORD", password);
    }

    /** A connection whose search path starts at this schema. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(schemaUrl(), user, password);
    }

    private String schemaUrl() {
        return url
                + (url.contains("?") ? "&" : "?")
                + "currentSchema="
                + URLEncoder.encode(name + ",public", StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        execute("DROP SCHEMA " + name + " CASCADE");
    }

    private void execute(String sql) {
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
