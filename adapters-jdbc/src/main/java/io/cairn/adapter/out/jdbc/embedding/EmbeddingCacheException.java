package io.cairn.adapter.out.jdbc.embedding;

/** The embedding cache table could not be read or written. */
class EmbeddingCacheException extends RuntimeException {

    EmbeddingCacheException(String message, Throwable cause) {
        super(message, cause);
    }
}
