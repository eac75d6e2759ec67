package io.cairn.adapter.out.jdbc.ratelimit;

import io.cairn.adapter.out.jdbc.PostgresTestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh schema in the {@code CAIRN_TEST_POSTGRES_*} database, so Flyway migrates it from scratch and the shared
 * public schema's history is left alone; dropped at the end.
 */
final class ThrowawaySchema {

    private final String url = System.getenv("CAIRN_TEST_POSTGRES_URL");
    private final String user = System.getenv().getOrDefault("CAIRN_TEST_POSTGRES_USER", "postgres");
    private final String password = System.getenv().getOrDefault("CAIRN_TEST_POSTGRES_PASSWORD", "");
    private final String name = "cairn_rl_" + UUID.randomUUID().toString().replace("-", "");

    private ThrowawaySchema() {
        execute("CREATE SCHEMA " + name);
    }

    static ThrowawaySchema create() {
        return new ThrowawaySchema();
    }

    /** The test database's properties, with a URL whose search path is this schema. */
    Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(PostgresTestDatabase.properties());
        properties.put(
                "datasources.default.url",
                url + (url.contains("?") ? "&" : "?") + "currentSchema="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8));
        return properties;
    }

    void drop() {
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
