package io.cairn.archfixtures.adapter.in.http.note;

import io.cairn.archfixtures.domain.note.Note;
import io.cairn.archfixtures.ports.in.note.ReadNoteUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.security.annotation.Secured;

/** Compliant fixture: a secured controller that sees the use-case interface only. */
@Secured("isAuthenticated()")
public final class NoteController {
    private final ReadNoteUseCase readNote;

    public NoteController(ReadNoteUseCase readNote) {
        this.readNote = readNote;
    }

    public HttpResponse<Note> get(String id) {
        return HttpResponse.ok(readNote.read(id));
    }
}
