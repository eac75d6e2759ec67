package io.cairn.adapter.in.http.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.List;
import java.util.stream.StreamSupport;

/** Maps Bean Validation failures to the same 400 problem+json as the domain's own validation errors. */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationProblemHandler
        implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Problem.FieldProblem> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldProblem(field(v), v.getMessage()))
                .toList();
        return Problems.response(HttpStatus.BAD_REQUEST, "validation_failed", "The request is not valid.", errors);
    }

    /** {@code create.request.name} becomes {@code name}: the method and parameter names are not the client's. */
    static String field(ConstraintViolation<?> violation) {
        List<String> names = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .map(Path.Node::getName)
                .filter(n -> n != null && !n.isBlank())
                .toList();
        if (names.size() > 2) {
            return String.join(".", names.subList(2, names.size()));
        }
        return names.isEmpty() ? "request" : names.get(names.size() - 1);
    }
}
