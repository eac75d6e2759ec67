package io.cairn.archfixtures.ports.in.note;

import io.cairn.archfixtures.domain.note.Note;

/** Compliant fixture: a driving port. */
public interface ReadNoteUseCase {
    Note read(String id);
}
