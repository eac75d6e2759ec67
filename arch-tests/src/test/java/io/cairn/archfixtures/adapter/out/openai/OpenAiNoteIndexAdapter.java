package io.cairn.archfixtures.adapter.out.openai;

import io.cairn.archfixtures.ports.out.note.NoteIndexPort;
import java.util.List;

/** Compliant fixture: a driven adapter. */
public final class OpenAiNoteIndexAdapter implements NoteIndexPort {
    @Override
    public List<String> search(String query) {
        return List.of(query);
    }
}
