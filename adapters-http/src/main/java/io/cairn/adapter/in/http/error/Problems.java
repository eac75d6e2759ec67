package io.cairn.adapter.in.http.error;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import java.util.Locale;

/** Builds every problem+json response of the HTTP adapter, so status, code, title and type stay consistent. */
final class Problems {

    static final String TYPE_PREFIX = "urn:cairn:problem:";

    private Problems() {}

    static MutableHttpResponse<Problem> response(
            HttpStatus status, String code, String detail, List<Problem.FieldProblem> errors) {
        Problem problem = problem(status, code, detail, errors);
        return HttpResponse.<Problem>status(status)
                .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                .body(problem);
    }

    static Problem problem(HttpStatus status, String code, String detail, List<Problem.FieldProblem> errors) {
        return new Problem(TYPE_PREFIX + code, title(status), status.getCode(), detail, code, errors);
    }

    /** The stable code of an error that has no more specific one. */
    static String codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "bad_request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not_found";
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            case NOT_ACCEPTABLE -> "not_acceptable";
            case CONFLICT -> "conflict";
            case REQUEST_ENTITY_TOO_LARGE -> "payload_too_large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
            case TOO_MANY_REQUESTS -> "too_many_requests";
            case INTERNAL_SERVER_ERROR -> "internal_error";
            default ->
                status.getCode() >= 500 ? "internal_error" : status.name().toLowerCase(Locale.ROOT);
        };
    }

    /** A fixed, safe sentence per status: framework messages can echo internals, so they are never passed on. */
    static String detailFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed or is missing a required part.";
            case UNAUTHORIZED -> "Authentication is required: send a valid bearer token.";
            case FORBIDDEN -> "You are not allowed to do this.";
            case NOT_FOUND -> "Nothing exists at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not support that method.";
            case NOT_ACCEPTABLE -> "None of the accepted media types can be produced.";
            case REQUEST_ENTITY_TOO_LARGE -> "The request body is larger than this route accepts.";
            case UNSUPPORTED_MEDIA_TYPE -> "This route does not accept that content type.";
            default ->
                status.getCode() >= 500 ? "Something went wrong on our side. Try again later." : status.getReason();
        };
    }

    static String title(HttpStatus status) {
        return status.getReason();
    }
}
