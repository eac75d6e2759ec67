package io.cairn.adapter.out.pgvector;

import io.cairn.ports.out.index.IndexScope;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs each unit of work in one transaction on a connection of the data source, translating SQL failures. */
final class Transactions {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(String purpose, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                // A pooled connection goes back the way it came.
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new PgVectorIndexException("cannot " + purpose, e);
        }
    }

    /** Runs work that PostgreSQL refuses inside a transaction block (VACUUM) on a connection in autocommit mode. */
    void outsideTransaction(String purpose, Work<Void> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                work.run(connection);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new PgVectorIndexException("cannot " + purpose, e);
        }
    }

    /**
     * Runs the work in one transaction as the scope's tenant: {@code cairn.tenant} is set local to the transaction,
     * so PostgreSQL's row-level security shows and accepts only that tenant's rows, whatever the SQL says.
     */
    <T> T inScope(IndexScope scope, String purpose, Work<T> work) {
        return inTransaction(purpose, connection -> {
            setTenant(connection, scope);
            return work.run(connection);
        });
    }

    /**
     * Like {@link #inScope}, read-only, in one snapshot (REPEATABLE READ): every statement sees the same committed
     * state, so a read made of several statements never mixes two versions of the index. A read-only transaction
     * cannot fail on a serialisation conflict.
     */
    <T> T readInScope(IndexScope scope, String purpose, Work<T> work) {
        return inTransaction(purpose, connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            setTenant(connection, scope);
            return work.run(connection);
        });
    }

    private static void setTenant(Connection connection, IndexScope scope) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT set_config('cairn.tenant', ?, true)")) {
            statement.setString(1, scope.organizationId().value().toString());
            statement.execute();
        }
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
