package io.cairn.archfixtures.domain.violation;

/** Breaks rule 8: a service outside usecase. */
public final class MisplacedService {}
