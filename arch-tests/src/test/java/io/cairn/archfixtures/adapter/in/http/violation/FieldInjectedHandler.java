package io.cairn.archfixtures.adapter.in.http.violation;

import io.cairn.archfixtures.ports.in.note.ReadNoteUseCase;
import jakarta.inject.Inject;

/** Breaks rule 10: field injection. */
public final class FieldInjectedHandler {
    @Inject
    ReadNoteUseCase readNote;
}
