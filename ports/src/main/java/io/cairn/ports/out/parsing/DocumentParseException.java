package io.cairn.ports.out.parsing;

import java.util.Locale;

/** Why a document could not be parsed; the reason is shown to the user next to the document. */
public class DocumentParseException extends RuntimeException {

    /** The kinds of parse failure a user can act on. */
    public enum Reason {
        UNSUPPORTED_TYPE,
        CORRUPT,
        EMPTY,
        TOO_LARGE,
        /** A compressed container (DOCX is a ZIP) that expands far beyond its size: refused before it is read. */
        ZIP_BOMB,
        TIMEOUT,
        /** Parsing is paused because earlier documents left parser threads that never stopped. */
        UNAVAILABLE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    public DocumentParseException(Reason reason, String message) {
        this(reason, message, null);
    }

    public DocumentParseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
