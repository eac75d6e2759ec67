package io.cairn.archfixtures.adapter.out.payments;

import io.cairn.archfixtures.ports.out.note.NoteIndexPort;
import java.util.List;

/** Compliant fixture: a driven adapter. */
public final class PaymentsNoteIndexAdapter implements NoteIndexPort {
    @Override
    public List<String> search(String query) {
        return List.of(query);
    }
}
