package io.cairn.adapter.out.jdbc;

import java.util.Map;

/** The settings a host sets for PostgreSQL, read from {@code CAIRN_TEST_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}. */
public final class PostgresTestDatabase {

    private PostgresTestDatabase() {}

    public static Map<String, Object> properties() {
        return Map.of(
                "datasources.default.url", System.getenv("CAIRN_TEST_POSTGRES_URL"),
                "datasources.default.username", env("CAIRN_TEST_POSTGRES_USER", "postgres"),
                "datasources.default.password", env("CAIRN_TEST_POSTGRES_PASSWORD", ""),
                "flyway.datasources.default.enabled", true);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
