package io.cairn.archfixtures.domain.cycleb;

import io.cairn.archfixtures.domain.cyclea.CycleA;

/** Breaks rule 9, with {@link CycleA}: a cycle between domain features. */
public record CycleB(CycleA other) {}
