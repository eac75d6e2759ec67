package io.cairn.archfixtures.adapter.in.http.violation;

import io.cairn.archfixtures.usecase.note.ReadNoteService;

/** Breaks rule 6: an adapter touches a service instead of its use-case interface. */
public record HttpCallingService(ReadNoteService service) {}
