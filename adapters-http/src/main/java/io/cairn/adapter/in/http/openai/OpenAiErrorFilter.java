package io.cairn.adapter.in.http.openai;

import io.cairn.adapter.in.http.error.Problem;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Speaks OpenAI's error format on the {@code /v1} routes: every problem+json answer there (a bad key, a missing
 * scope, invalid input, a rate limit…) is rewritten to {@code {"error":{"message","type","code"}}}, keeping its
 * status and headers such as {@code Retry-After}, so OpenAI SDKs raise their usual typed errors. It wraps the
 * security filter, so the 401 and 403 that filter answers by itself pass through here too.
 */
@ServerFilter("/v1/**")
public class OpenAiErrorFilter implements Ordered {

    @ResponseFilter
    public void toOpenAiError(MutableHttpResponse<?> response) {
        response.getBody(Problem.class).ifPresent(problem -> {
            String message = problem.detail() == null ? problem.title() : problem.detail();
            response.body(OpenAiError.of(response.getStatus(), problem.code(), message))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        });
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
