package io.cairn.archfixtures.host.cli;

import io.cairn.archfixtures.ports.in.note.ReadNoteUseCase;

/** Compliant fixture: the CLI may print. */
public final class NoteCommand {
    public void run(ReadNoteUseCase readNote, String id) {
        System.out.println(readNote.read(id).text());
    }
}
