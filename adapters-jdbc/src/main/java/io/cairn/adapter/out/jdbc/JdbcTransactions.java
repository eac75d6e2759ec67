package io.cairn.adapter.out.jdbc;

import io.cairn.ports.out.persistence.TransactionPort;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/** Driven adapter: runs use-case work in one JDBC transaction through Micronaut's transaction manager. */
@Singleton
public class JdbcTransactions implements TransactionPort {

    private final TransactionOperations<Connection> transactions;

    public JdbcTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Joins the surrounding transaction if there is one; a thrown exception rolls everything back. */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }
}
