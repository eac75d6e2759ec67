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
    private final int httpStatus;

    public FetchFailedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public FetchFailedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.httpStatus = 0;
    }

    /** The server answered with an error status. */
    public static FetchFailedException status(int status, String message) {
        return new FetchFailedException(status, message);
    }

    private FetchFailedException(int status, String message) {
        super(message);
        this.reason = Reason.HTTP_STATUS;
        this.httpStatus = status;
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status when the reason is {@link Reason#HTTP_STATUS}, else 0. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Whether the server said the page is gone for good (404 or 410), so it leaves the index. */
    public boolean gone() {
        return httpStatus == 404 || httpStatus == 410;
    }
}
