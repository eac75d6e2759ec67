package io.cairn.archfixtures.domain.cyclea;

import io.cairn.archfixtures.domain.cycleb.CycleB;

/** Breaks rule 9, with {@link CycleB}: a cycle between domain features. */
public record CycleA(CycleB other) {}
