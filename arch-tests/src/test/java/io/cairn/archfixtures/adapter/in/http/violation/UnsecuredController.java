package io.cairn.archfixtures.adapter.in.http.violation;

/** Breaks rule 8: a controller without {@code @Secured}. */
public final class UnsecuredController {}
