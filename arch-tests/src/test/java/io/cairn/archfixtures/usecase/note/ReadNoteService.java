package io.cairn.archfixtures.usecase.note;

import io.cairn.archfixtures.domain.note.Note;
import io.cairn.archfixtures.domain.note.NoteNotFoundException;
import io.cairn.archfixtures.ports.in.note.ReadNoteUseCase;
import io.cairn.archfixtures.ports.out.note.NoteRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Compliant fixture: a service, logging through slf4j (allowed in the application layer). */
public final class ReadNoteService implements ReadNoteUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(ReadNoteService.class);
    private final NoteRepository notes;

    public ReadNoteService(NoteRepository notes) {
        this.notes = notes;
    }

    @Override
    public Note read(String id) {
        LOG.debug("reading {}", id);
        return notes.find(id).orElseThrow(() -> new NoteNotFoundException(id));
    }
}
