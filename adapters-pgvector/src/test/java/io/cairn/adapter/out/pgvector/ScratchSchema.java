package io.cairn.adapter.out.pgvector;

import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A throwaway schema in the CAIRN_TEST_POSTGRES_* database, dropped on close; pgvector stays in public. */
final class ScratchSchema implements AutoCloseable {

    private final String name = "pgvector_it_" + UUID.randomUUID().toString().replace("-", "");
    private final PGSimpleDataSource admin = dataSource("public", "");

    ScratchSchema() {
        execute("CREATE SCHEMA " + name);
    }

    /** Connections whose search path starts at this schema; {@code options} are server settings (-c a=b). */
    DataSource dataSource(String options) {
        return dataSource(name + ",public", options);
    }

    DataSource dataSource() {
        return dataSource("");
    }

    void execute(String sql) {
        try (var connection = admin.getConnection();
                var statement = connection.createStatement()) {
            statement.execute(sql.replace("{schema}", name));
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        execute("DROP SCHEMA " + name + " CASCADE");
    }

    private static PGSimpleDataSource dataSource(String searchPath, String options) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(System.getenv("CAIRN_TEST_POSTGRES_URL"));
        dataSource.setUser(System.getenv("CAIRN_TEST_POSTGRES_USER"));
        dataSource.setPassword(System.getenv("CAIRN_TEST_POSTGRES_PASSWORD"));
        dataSource.setCurrentSchema(searchPath);
        if (!options.isEmpty()) {
            dataSource.setOptions(options);
        }
        return dataSource;
    }
}
