package io.cairn.archfixtures.adapter.in.http.loopa;

import io.cairn.archfixtures.adapter.in.http.loopb.LoopB;

/** Breaks rule 9, with {@link LoopB}: a cycle between HTTP features. */
public record LoopA(LoopB other) {}
