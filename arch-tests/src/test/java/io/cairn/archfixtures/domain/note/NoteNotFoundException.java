package io.cairn.archfixtures.domain.note;

/** Compliant fixture: a domain failure; its {@code super(..)} call is not a generic exception. */
public final class NoteNotFoundException extends RuntimeException {
    public NoteNotFoundException(String id) {
        super("no note " + id);
    }
}
