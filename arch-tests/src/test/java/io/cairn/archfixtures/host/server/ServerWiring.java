package io.cairn.archfixtures.host.server;

import io.cairn.archfixtures.ports.in.note.ReadNoteUseCase;
import io.cairn.archfixtures.ports.out.note.NoteRepository;
import io.cairn.archfixtures.usecase.note.ReadNoteService;

/** Compliant fixture: the host wires services. */
public final class ServerWiring {
    public ReadNoteUseCase readNote(NoteRepository notes) {
        return new ReadNoteService(notes);
    }
}
