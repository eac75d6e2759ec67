package io.cairn.domain.error;

/** The request clashes with the current state, for example an e-mail that is already registered. */
public final class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
