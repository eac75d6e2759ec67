package io.cairn.adapter.out.pgvector;

/** The PostgreSQL index could not be read or written; wraps the driver's {@link java.sql.SQLException}. */
public final class PgVectorIndexException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PgVectorIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
