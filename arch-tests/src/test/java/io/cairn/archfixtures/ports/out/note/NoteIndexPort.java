package io.cairn.archfixtures.ports.out.note;

import java.util.List;

/** Compliant fixture: a driven port. */
public interface NoteIndexPort {
    List<String> search(String query);
}
