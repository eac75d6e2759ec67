package io.cairn.adapter.out.jdbc.support;

import io.cairn.domain.tenant.OrganizationId;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Tells PostgreSQL's row-level security which tenant the current work is for: binds one connection for the work
 * and sets {@code cairn.tenant} on it with {@code set_config}, local to the transaction when there is one, else for
 * the call and reset after it. {@link #system} is for the few lookups that must span tenants (a publishable key, a
 * token hash, a user's memberships). On H2, which has no row-level security, it only binds the connection.
 */
@Singleton
public class TenantSessions {

    static final String SETTING = "cairn.tenant";
    static final String SYSTEM = "*";
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private final ConnectionOperations<Connection> connections;
    private volatile Boolean postgres;

    TenantSessions(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    /** Runs repository work as the tenant: row-level security shows it only that tenant's rows. */
    public <T> T within(OrganizationId organization, Supplier<T> work) {
        return scoped(organization.value().toString(), work);
    }

    /** Runs a lookup that must see every tenant's rows; use only where the caller holds a capability, not an id. */
    public <T> T system(Supplier<T> work) {
        return scoped(SYSTEM, work);
    }

    private <T> T scoped(String tenant, Supplier<T> work) {
        return connections.execute(ConnectionDefinition.DEFAULT, status -> {
            Connection connection = status.getConnection();
            if (!isPostgres(connection)) {
                return work.get();
            }
            String previous = CURRENT.get();
            boolean local = !autoCommit(connection);
            set(connection, tenant, local);
            CURRENT.set(tenant);
            try {
                return work.get();
            } finally {
                CURRENT.set(previous);
                set(connection, previous == null ? "" : previous, local);
            }
        });
    }

    private boolean isPostgres(Connection connection) {
        Boolean known = postgres;
        if (known == null) {
            try {
                known = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell which database this is", e);
            }
            postgres = known;
        }
        return known;
    }

    private static boolean autoCommit(Connection connection) {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Connection connection, String tenant, boolean local) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config(?, ?, ?)")) {
            statement.setString(1, SETTING);
            statement.setString(2, tenant);
            statement.setBoolean(3, local);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the tenant of this connection", e);
        }
    }
}
