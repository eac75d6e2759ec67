package io.cairn.adapter.in.http.widget;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;

/**
 * CORS for the widget routes, answered per bot rather than by the framework's global CORS: a response carries
 * {@code Access-Control-Allow-Origin} only when the controller found the request's origin on the bot's allow-list,
 * and then names that origin, never {@code *}. A foreign origin's response, errors included, carries none.
 */
@ServerFilter("/widget/**")
public class WidgetCors {

    private static final String ALLOWED_ORIGIN = WidgetCors.class.getName() + ".allowedOrigin";
    static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    static final String ALLOWED_HEADERS = "Content-Type, Accept";
    static final String MAX_AGE_SECONDS = "600";

    /** Marks the request's origin as allowed, once a use case has said so. */
    static void allow(HttpRequest<?> request, String origin) {
        request.setAttribute(ALLOWED_ORIGIN, origin);
    }

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        allowedOrigin(request).ifPresent(origin -> {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.RETRY_AFTER);
        });
    }

    /** The answer to a preflight from an allowed origin: what the widget may send, cached for ten minutes. */
    static void preflight(MutableHttpResponse<?> response) {
        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS);
        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
        response.header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS);
    }

    private static Optional<String> allowedOrigin(HttpRequest<?> request) {
        return request.getAttribute(ALLOWED_ORIGIN, String.class);
    }
}
