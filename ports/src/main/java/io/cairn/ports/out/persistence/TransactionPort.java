package io.cairn.ports.out.persistence;

import java.util.function.Supplier;

/** Driven port: runs work in one database transaction, all or nothing. */
public interface TransactionPort {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
