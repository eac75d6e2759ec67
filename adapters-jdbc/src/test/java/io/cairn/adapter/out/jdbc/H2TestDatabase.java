package io.cairn.adapter.out.jdbc;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** One Micronaut context over an in-memory H2 in PostgreSQL mode, migrated by Flyway and shared by the tests. */
public final class H2TestDatabase {

    private static ApplicationContext shared;

    private H2TestDatabase() {}

    /** The shared context; tests keep apart by using random tenants, so nothing is cleaned between them. */
    public static synchronized ApplicationContext context() {
        if (shared == null) {
            shared = start(Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A fresh context on its own database, with extra properties (for example short job back-offs). */
    public static ApplicationContext start(Map<String, Object> extra) {
        return start(newName(), extra);
    }

    /** A context on the named database; it outlives the context, so a second one sees what the first left. */
    public static ApplicationContext start(String name, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(properties(name));
        properties.putAll(extra);
        return ApplicationContext.run(properties);
    }

    public static String newName() {
        return "cairn_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The settings a host sets for the embedded database, with an in-memory URL instead of a file. */
    static Map<String, Object> properties(String name) {
        return Map.of(
                "datasources.default.url",
                "jdbc:h2:mem:" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "datasources.default.driver-class-name",
                "org.h2.Driver",
                "datasources.default.username",
                "sa",
                "datasources.default.password",
                "",
                "flyway.datasources.default.enabled",
                true,
                "flyway.datasources.default.locations",
                "classpath:db/migration,classpath:db/vendor/h2",
                "flyway.datasources.default.placeholders.approle",
                "-");
    }
}
