package io.cairn.adapter.in.http.error;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Turns every error Micronaut itself produces (unknown route, wrong method, oversize body, unreadable JSON, a
 * missing argument, the security filter's 401 and 403, and unexpected failures) into problem+json. Replaces the
 * framework's default processor, which is only registered when no other one exists.
 */
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpStatus status = base.getStatus();
        List<Problem.FieldProblem> errors = status == HttpStatus.BAD_REQUEST ? fieldErrors(context) : List.of();
        Problem problem = Problems.problem(status, Problems.codeFor(status), Problems.detailFor(status), errors);
        if (status == HttpStatus.REQUEST_ENTITY_TOO_LARGE) {
            // The unread body may still be on its way: closing lets the client stop sending it.
            base.header(HttpHeaders.CONNECTION, "close");
        }
        // The base response keeps what the framework set on it, such as WWW-Authenticate or Allow.
        return base.contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE).body(problem);
    }

    private static List<Problem.FieldProblem> fieldErrors(ErrorContext context) {
        String message = context.getRootCause()
                .map(cause -> cause instanceof UnsatisfiedRouteException
                        ? "is required"
                        : cause instanceof ConversionErrorException ? "has an invalid value" : "is invalid")
                .orElse("is invalid");
        return context.getErrors().stream()
                .flatMap(e -> e.getPath().stream())
                .distinct()
                .map(path -> new Problem.FieldProblem(path, message))
                .toList();
    }
}
