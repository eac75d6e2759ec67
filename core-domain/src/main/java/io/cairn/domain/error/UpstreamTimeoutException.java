package io.cairn.domain.error;

/** A service the answer depends on, such as the language model, did not start answering in time. */
public final class UpstreamTimeoutException extends DomainException {

    public UpstreamTimeoutException(String code, String message) {
        super(code, message);
    }
}
