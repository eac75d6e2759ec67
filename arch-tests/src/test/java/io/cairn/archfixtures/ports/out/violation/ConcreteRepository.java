package io.cairn.archfixtures.ports.out.violation;

/** Breaks rule 8: a driven-port repository that is a class, not an interface. */
public final class ConcreteRepository {}
