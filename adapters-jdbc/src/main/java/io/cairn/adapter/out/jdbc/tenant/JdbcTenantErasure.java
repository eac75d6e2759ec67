package io.cairn.adapter.out.jdbc.tenant;

import io.cairn.adapter.out.jdbc.support.TenantSessions;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.TenantErasurePort;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Driven adapter: erases a tenant by reading the catalog for every table of the current schema with an
 * {@code organization_id} column, so a table added later is erased too without anyone remembering it. Runs in one
 * transaction: member accounts left in no organization go, the tenant's queued jobs go, the organization goes last.
 */
@Singleton
public class JdbcTenantErasure implements TenantErasurePort {

    private final TransactionOperations<Connection> transactions;
    private final TenantSessions sessions;

    JdbcTenantErasure(TransactionOperations<Connection> transactions, TenantSessions sessions) {
        this.transactions = transactions;
        this.sessions = sessions;
    }

    @Override
    public Map<String, Long> erase(OrganizationId organization) {
        return transactions.executeWrite(status -> sessions.within(organization, () -> {
            try {
                return erase(status.getConnection(), organization.value());
            } catch (SQLException e) {
                throw new IllegalStateException("could not erase organization " + organization, e);
            }
        }));
    }

    private static Map<String, Long> erase(Connection c, UUID org) throws SQLException {
        Map<String, Long> removed = new LinkedHashMap<>();
        List<UUID> members = members(c, org);
        for (String table : tenantTables(c)) {
            removed.put(table, update(c, "DELETE FROM " + table + " WHERE organization_id = ?", org));
        }
        long users = 0;
        for (UUID user : members) {
            users += update(
                    c,
                    "DELETE FROM users WHERE id = ? AND NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = users.id)",
                    user);
        }
        removed.put("users", users);
        removed.put("scheduled_tasks", update(c, "DELETE FROM scheduled_tasks WHERE task_instance LIKE ?", org + "/%"));
        removed.put("organizations", update(c, "DELETE FROM organizations WHERE id = ?", org));
        removed.values().removeIf(n -> n == 0);
        return removed;
    }

    /** Tables of the connection's current schema that carry an organization_id column, in a stable order. */
    private static List<String> tenantTables(Connection c) throws SQLException {
        String sql = "SELECT table_name FROM information_schema.columns WHERE column_name = 'organization_id'"
                + " AND table_schema = current_schema() ORDER BY table_name";
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (!name.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalStateException("unexpected table name " + name);
                }
                tables.add(name);
            }
        }
        return tables;
    }

    private static List<UUID> members(Connection c, UUID org) throws SQLException {
        List<UUID> users = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT user_id FROM memberships WHERE organization_id = ?")) {
            s.setObject(1, org);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    users.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return users;
    }

    private static long update(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            return s.executeUpdate();
        }
    }
}
