package io.cairn.archfixtures.domain.violation;

import io.cairn.archfixtures.adapter.out.local.LocalNoteIndexAdapter;

/** Breaks rule 4: the domain reaches out to an adapter. */
public record NoteNeedingAdapter(LocalNoteIndexAdapter index) {}
