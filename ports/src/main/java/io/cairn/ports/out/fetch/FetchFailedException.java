package io.cairn.ports.out.fetch;

import java.util.Locale;

/** Why a URL was not fetched; shown per URL to the user. */
public class FetchFailedException extends RuntimeException {

    /** The kinds of fetch failure a user can act on. */
    public enum Reason {
        BLOCKED_BY_SSRF_GUARD,
        UNSUPPORTED_SCHEME,
        INVALID_URL,
        HTTP_STATUS,
        TIMEOUT,
        TOO_LARGE,
        TOO_MANY_REDIRECTS,
        NETWORK_ERROR;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    public FetchFailedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public FetchFailedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
