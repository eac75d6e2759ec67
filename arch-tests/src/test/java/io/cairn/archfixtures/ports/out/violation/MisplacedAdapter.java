package io.cairn.archfixtures.ports.out.violation;

/** Breaks rule 8: an adapter outside adapter. */
public final class MisplacedAdapter {}
