package io.cairn.archfixtures.adapter.out.lucene.violation;

import io.cairn.archfixtures.adapter.out.local.LocalNoteIndexAdapter;

/** Breaks rule 5: an adapter depends on another adapter. */
public record LuceneCallingLocal(LocalNoteIndexAdapter local) {}
