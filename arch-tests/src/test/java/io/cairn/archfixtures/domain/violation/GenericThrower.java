package io.cairn.archfixtures.domain.violation;

/** Breaks rule 10: throws a generic exception. */
public final class GenericThrower {
    public static void fail() {
        throw new RuntimeException("boom");
    }
}
