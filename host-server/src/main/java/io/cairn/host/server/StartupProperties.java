package io.cairn.host.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Properties settled before the application context starts: the data directory, a JWT secret generated once and
 * kept in that directory when CAIRN_JWT_SECRET is absent, and, when CAIRN_DB_URL is set, the default datasource on
 * that PostgreSQL database (with CAIRN_DB_USER and CAIRN_DB_PASSWORD) instead of the embedded H2.
 */
public final class StartupProperties {

    private static final Logger LOG = LoggerFactory.getLogger(StartupProperties.class);
    private static final String SECRET_FILE = "jwt-secret";

    private StartupProperties() {}

    public static Map<String, Object> resolve(Map<String, String> env) {
        Map<String, Object> props = new HashMap<>();
        Path dataDir = Path.of(env.getOrDefault("CAIRN_DATA_DIR", "./cairn-data"))
                .toAbsolutePath()
                .normalize();
        props.put("cairn.data-dir", dataDir.toString());
        String secret = env.get("CAIRN_JWT_SECRET");
        props.put("cairn.auth.jwt-secret", secret == null || secret.isBlank() ? storedSecret(dataDir) : secret);
        if ("false".equalsIgnoreCase(env.get("CAIRN_DB_MIGRATE_ON_START"))) {
            props.put("flyway.datasources.default.enabled", false);
        }
        String dbUrl = env.get("CAIRN_DB_URL");
        if (dbUrl != null && !dbUrl.isBlank()) {
            String user = env.getOrDefault("CAIRN_DB_USER", "");
            props.putAll(postgres(dbUrl, user, env.getOrDefault("CAIRN_DB_PASSWORD", "")));
            String owner = env.get("CAIRN_DB_MIGRATION_USER");
            if (owner != null && !owner.isBlank()) {
                props.putAll(migratingAs(dbUrl, owner, env.getOrDefault("CAIRN_DB_MIGRATION_PASSWORD", ""), user));
            }
        }
        return props;
    }

    /**
     * The properties that put the application on PostgreSQL: the default datasource (repositories, Flyway, the job
     * queue) and {@code cairn.db.url}, which selects the pgvector index on that same datasource.
     */
    public static Map<String, Object> postgres(String url, String user, String password) {
        Map<String, Object> props = new HashMap<>();
        props.put("cairn.db.url", url);
        props.put("datasources.default.url", url);
        props.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        props.put("datasources.default.username", user);
        props.put("datasources.default.password", password);
        props.put("flyway.datasources.default.locations", "classpath:db/migration,classpath:db/vendor/postgresql");
        props.put("flyway.datasources.default.placeholders.approle", "-");
        return props;
    }

    /**
     * Flyway connects as the schema's owner, and grants the application role (which then owns nothing) what it
     * needs; row-level security holds for both.
     */
    public static Map<String, Object> migratingAs(String url, String owner, String password, String appRole) {
        return Map.of(
                "flyway.datasources.default.url", url,
                "flyway.datasources.default.user", owner,
                "flyway.datasources.default.password", password,
                "flyway.datasources.default.placeholders.approle", appRole);
    }

    private static String storedSecret(Path dataDir) {
        Path file = dataDir.resolve(SECRET_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(dataDir);
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            restrict(file);
            LOG.warn("CAIRN_JWT_SECRET is not set: generated one and stored it in {}. Set it in production.", file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the JWT secret in " + dataDir, e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("Could not restrict permissions of {}", file);
        }
    }
}
