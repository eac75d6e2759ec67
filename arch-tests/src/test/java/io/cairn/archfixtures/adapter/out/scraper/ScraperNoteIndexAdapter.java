package io.cairn.archfixtures.adapter.out.scraper;

import io.cairn.archfixtures.ports.out.note.NoteIndexPort;
import java.util.List;

/** Compliant fixture: a driven adapter. */
public final class ScraperNoteIndexAdapter implements NoteIndexPort {
    @Override
    public List<String> search(String query) {
        return List.of();
    }
}
