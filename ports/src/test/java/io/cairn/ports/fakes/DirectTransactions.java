package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.TransactionPort;
import java.util.function.Supplier;

/** Runs work directly: the in-memory repositories need no transaction. */
public class DirectTransactions implements TransactionPort {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
