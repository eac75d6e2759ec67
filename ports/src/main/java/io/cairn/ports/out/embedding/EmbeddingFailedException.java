package io.cairn.ports.out.embedding;

/** The embedding model could not embed the input. */
public class EmbeddingFailedException extends RuntimeException {

    public EmbeddingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
