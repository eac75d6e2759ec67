package io.cairn.adapter.out.jdbc;

import java.util.Map;

/** The settings a host sets for PostgreSQL, read from {@code CAIRN_TEST_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}. */
public final class PostgresTestDatabase {

    /** The same Flyway locations as the hosts (host-server's application.yml): schema, then RLS and grants. */
    public static final String MIGRATIONS = "classpath:db/migration,classpath:db/vendor/postgresql";

    private PostgresTestDatabase() {}

    public static Map<String, Object> properties() {
        return Map.of(
                "datasources.default.url",
                System.getenv("CAIRN_TEST_POSTGRES_URL"),
                "datasources.default.username",
                env("CAIRN_TEST_POSTGRES_USER", "postgres"),
                "datasources.default.password",
                env("CAIRN_TEST_POSTGRES_PASSWORD", ""),
                "flyway.datasources.default.enabled",
                true,
                "flyway.datasources.default.locations",
                MIGRATIONS,
                "flyway.datasources.default.placeholders.approle",
                "-");
    }

    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
