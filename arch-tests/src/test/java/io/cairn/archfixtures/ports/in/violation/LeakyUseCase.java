package io.cairn.archfixtures.ports.in.violation;

import io.cairn.archfixtures.ports.out.note.NoteIndexPort;

/** Breaks rule 3: a driving port exposes a driven port. */
public interface LeakyUseCase {
    NoteIndexPort index();
}
