package io.cairn.adapter.out.jdbc.support;

import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/** Saves a tenant's row as "update where the tenant owns it, else insert", never touching another tenant's row. */
public final class OwnedRows {

    private OwnedRows() {}

    /**
     * Runs the tenant-filtered update; if it touched nothing, inserts. An id already stored under another tenant is
     * refused: ids are generated on the server, so such a save is a bug or an attack, never a legitimate move.
     */
    public static void save(
            String kind, UUID id, LongSupplier updateOwned, BooleanSupplier existsAnywhere, Runnable insert) {
        if (updateOwned.getAsLong() > 0) {
            return;
        }
        if (existsAnywhere.getAsBoolean()) {
            throw new IllegalStateException(kind + " " + id + " belongs to another organization");
        }
        insert.run();
    }
}
