package io.cairn.archfixtures.ports.in.violation;

/** Breaks rule 8: a use case that is a class, not an interface. */
public final class ConcreteUseCase {}
