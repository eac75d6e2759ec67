package io.cairn.adapter.out.pgvector;

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

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
