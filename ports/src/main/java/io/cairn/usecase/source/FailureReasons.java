package io.cairn.usecase.source;

import io.cairn.domain.error.PlanLimitExceededException;
import io.cairn.ports.out.embedding.EmbeddingFailedException;
import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.parsing.DocumentParseException;

/** Turns a failure into the one-line reason shown next to a document: a stable code, then a human message. */
final class FailureReasons {

    private FailureReasons() {}

    static String of(RuntimeException e) {
        if (e instanceof DocumentParseException p) {
            return p.reason().code() + ": " + p.getMessage();
        }
        if (e instanceof FetchFailedException f) {
            return f.reason().code() + ": " + f.getMessage();
        }
        if (e instanceof PlanLimitExceededException limit) {
            return limit.code() + ": " + limit.getMessage() + " " + limit.upgrade();
        }
        if (e instanceof EmbeddingFailedException) {
            return "embedding_failed: " + e.getMessage();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "error: " + message;
    }
}
