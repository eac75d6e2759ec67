package io.cairn.adapter.out.jdbc.billing;

import io.cairn.adapter.out.jdbc.support.Keyset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The few plain-JDBC helpers of the billing adapters: bind, update, read one number. */
final class Sql {

    private Sql() {}

    static long update(Connection connection, String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("usage statement failed: " + sql, e);
        }
    }

    static long number(Connection connection, String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("usage query failed: " + sql, e);
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Instant instant) {
                // Both drivers map OffsetDateTime to timestamp with time zone, whatever the JVM's zone.
                statement.setObject(i + 1, OffsetDateTime.ofInstant(Keyset.stored(instant), ZoneOffset.UTC));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }
}
