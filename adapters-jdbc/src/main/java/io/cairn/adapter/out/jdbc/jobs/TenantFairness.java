package io.cairn.adapter.out.jdbc.jobs;

import io.cairn.domain.tenant.OrganizationId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Fair turns between tenants. A new job's priority is minus the number of the tenant's jobs already waiting, and
 * db-scheduler runs higher priorities first: each tenant's n-th waiting job ranks with every other tenant's n-th, so
 * tenants take turns however long one tenant's backlog is. Counted on the database, so it holds across nodes.
 */
final class TenantFairness {

    private static final String SEPARATOR = "/";

    private final DataSource dataSource;
    private final String taskName;

    TenantFairness(DataSource dataSource, String taskName) {
        this.dataSource = dataSource;
        this.taskName = taskName;
    }

    /** A job's instance id: the tenant first, so the tenant's waiting jobs can be counted by prefix. */
    static String instanceId(OrganizationId tenant, UUID unique) {
        return tenant.value() + SEPARATOR + unique;
    }

    int priorityOfNext(OrganizationId tenant) {
        String sql = "SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance LIKE ?"
                + " AND picked = false";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, taskName);
            statement.setString(2, tenant.value() + SEPARATOR + "%");
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return (int) -Math.min(rs.getLong(1), Short.MAX_VALUE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the tenant's waiting jobs", e);
        }
    }
}
