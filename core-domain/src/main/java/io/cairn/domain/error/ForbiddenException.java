package io.cairn.domain.error;

/** The caller is known but its role does not allow the action. */
public final class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super("forbidden", message);
    }
}
