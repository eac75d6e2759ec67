package io.cairn.domain.error;

/** Credentials are missing or wrong. The message never says which part was wrong. */
public final class UnauthorizedException extends DomainException {

    public UnauthorizedException() {
        super("invalid_credentials", "Invalid e-mail or password");
    }

    /** Other credentials than a password, such as a widget visitor's signed identity. */
    public UnauthorizedException(String code, String message) {
        super(code, message);
    }
}
