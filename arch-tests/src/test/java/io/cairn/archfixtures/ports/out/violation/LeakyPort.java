package io.cairn.archfixtures.ports.out.violation;

import io.cairn.archfixtures.ports.in.note.ReadNoteUseCase;

/** Breaks rule 3: a driven port knows a driving port. */
public interface LeakyPort {
    void notify(ReadNoteUseCase readNote);
}
