package io.cairn.archfixtures.adapter.in.http.loopb;

import io.cairn.archfixtures.adapter.in.http.loopa.LoopA;

/** Breaks rule 9, with {@link LoopA}: a cycle between HTTP features. */
public record LoopB(LoopA other) {}
