package io.cairn.adapter.in.http.openai;

import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;

/**
 * OpenAI's error shape, {@code {"error":{"message","type","code"}}}, which the OpenAI SDKs parse into their own
 * error types. Only the {@code /v1} routes use it; the rest of the API keeps problem+json.
 */
@Serdeable
public record OpenAiError(Body error) {

    static OpenAiError of(HttpStatus status, String code, String message) {
        return new OpenAiError(new Body(message, typeOf(status), code));
    }

    /** The error itself; {@code code} is Cairn's stable code, as in problem+json. */
    @Serdeable
    public record Body(String message, String type, String code) {}

    private static String typeOf(HttpStatus status) {
        return switch (status.getCode()) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 429 -> "rate_limit_error";
            default -> status.getCode() >= 500 ? "server_error" : "invalid_request_error";
        };
    }
}
