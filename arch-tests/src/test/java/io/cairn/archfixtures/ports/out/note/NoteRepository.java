package io.cairn.archfixtures.ports.out.note;

import io.cairn.archfixtures.domain.note.Note;
import java.util.Optional;

/** Compliant fixture: a driven repository port. */
public interface NoteRepository {
    Optional<Note> find(String id);
}
