package io.cairn.archfixtures.usecase.violation;

/** Breaks rule 8: a port outside ports.out. */
public interface MisplacedPort {}
