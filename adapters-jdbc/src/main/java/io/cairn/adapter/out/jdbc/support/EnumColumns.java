package io.cairn.adapter.out.jdbc.support;

import java.util.Locale;

/** Enum values are stored by their lower-case name ({@code ready}, {@code owner}), as the API spells them. */
public final class EnumColumns {

    private EnumColumns() {}

    public static String store(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> E load(Class<E> type, String stored) {
        return Enum.valueOf(type, stored.toUpperCase(Locale.ROOT));
    }
}
