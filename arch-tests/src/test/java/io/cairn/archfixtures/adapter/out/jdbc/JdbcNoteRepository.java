package io.cairn.archfixtures.adapter.out.jdbc;

import io.cairn.archfixtures.domain.note.Note;
import io.cairn.archfixtures.ports.out.note.NoteRepository;
import java.util.Optional;
import javax.sql.DataSource;

/** Compliant fixture: a driven adapter using JDBC, which only driven adapters may. */
public final class JdbcNoteRepository implements NoteRepository {
    private final DataSource dataSource;

    public JdbcNoteRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Note> find(String id) {
        return Optional.ofNullable(dataSource).map(ignored -> new Note(id, ""));
    }
}
