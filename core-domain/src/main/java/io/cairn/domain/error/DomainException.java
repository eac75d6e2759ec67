package io.cairn.domain.error;

/** Root of the failures the domain and its use cases report; hosts map each kind to a status or exit code. */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException,
                ValidationException,
                ConflictException,
                ForbiddenException,
                UnauthorizedException,
                RateLimitedException,
                PlanLimitExceededException,
                UpstreamTimeoutException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, machine-readable code such as {@code bot_not_found}. */
    public String code() {
        return code;
    }
}
