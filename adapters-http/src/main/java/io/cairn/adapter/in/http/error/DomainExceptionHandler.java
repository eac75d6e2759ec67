package io.cairn.adapter.in.http.error;

import io.cairn.domain.error.ConflictException;
import io.cairn.domain.error.DomainException;
import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.error.PlanLimitExceededException;
import io.cairn.domain.error.RateLimitedException;
import io.cairn.domain.error.UnauthorizedException;
import io.cairn.domain.error.UpstreamTimeoutException;
import io.cairn.domain.error.ValidationException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Maps the domain's failures to problem+json: each kind to its status, with the domain's stable code. A rate limit
 * is a 429 that says in {@code Retry-After} how many seconds to wait; a plan limit is a 402 that says the limit, the
 * usage, the plan and what to upgrade to.
 */
@Singleton
public class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<Problem>> {

    @Override
    @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
    public HttpResponse<Problem> handle(HttpRequest request, DomainException exception) {
        MutableHttpResponse<Problem> response =
                Problems.response(statusOf(exception), exception.code(), exception.getMessage(), fieldsOf(exception));
        if (exception instanceof PlanLimitExceededException limit) {
            response.body(response.body().withPlanLimit(limit.limit(), limit.used(), limit.plan(), limit.upgrade()));
        }
        if (exception instanceof RateLimitedException limited) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
        }
        return response;
    }

    /** The HTTP status of a domain failure: the one mapping every response and stream uses. */
    public static HttpStatus statusOf(DomainException exception) {
        if (exception instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        } else if (exception instanceof ValidationException) {
            return HttpStatus.BAD_REQUEST;
        } else if (exception instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        } else if (exception instanceof ForbiddenException) {
            return HttpStatus.FORBIDDEN;
        } else if (exception instanceof UnauthorizedException) {
            return HttpStatus.UNAUTHORIZED;
        } else if (exception instanceof RateLimitedException) {
            return HttpStatus.TOO_MANY_REQUESTS;
        } else if (exception instanceof PlanLimitExceededException) {
            return HttpStatus.PAYMENT_REQUIRED;
        } else if (exception instanceof UpstreamTimeoutException) {
            return HttpStatus.GATEWAY_TIMEOUT;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static List<Problem.FieldProblem> fieldsOf(DomainException exception) {
        if (exception instanceof ValidationException v) {
            return v.errors().stream()
                    .map(e -> new Problem.FieldProblem(e.field(), e.message()))
                    .toList();
        }
        return List.of();
    }
}
