package io.cairn.adapter.out.openai;

import java.time.Duration;
import java.util.Optional;

/** One upstream call failed; says whether another call may repair it, and how long the provider asked us to wait. */
final class AttemptFailure extends RuntimeException {

    enum Kind {
        /** 429 or 5xx: the provider is overloaded or broken. */
        STATUS,
        /** Connection refused or reset before the first token. */
        TRANSPORT,
        /** No first token in time. */
        TIMEOUT,
        /** The stream broke after tokens reached the listener: never retried, they cannot be taken back. */
        AFTER_FIRST_TOKEN,
        /** A request the provider will refuse again (400, 401, 404): retrying cannot help. */
        REJECTED
    }

    private final Kind kind;
    private final transient Optional<Duration> retryAfter;

    AttemptFailure(Kind kind, String message, Optional<Duration> retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    AttemptFailure(Kind kind, String message, Throwable cause) {
        this(kind, message, Optional.empty(), cause);
    }

    Kind kind() {
        return kind;
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }

    boolean retryable() {
        return kind == Kind.STATUS || kind == Kind.TRANSPORT || kind == Kind.TIMEOUT;
    }
}
