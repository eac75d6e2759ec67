package io.cairn.adapter.in.http.widget;

import io.cairn.domain.error.UnauthorizedException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Locale;

/**
 * A publishable key opens only its bot's {@code /widget} routes: sent as a bearer token to any {@code /api} route,
 * anonymous ones included, it is refused with 401 before the route runs, whatever else authenticates there.
 */
@ServerFilter("/api/**")
public class PublishableKeyGuard {

    @RequestFilter
    public void refusePublishableKeys(HttpRequest<?> request) {
        boolean publishableKey = request.getHeaders().getAll(HttpHeaders.AUTHORIZATION).stream()
                .map(value -> value.strip().toLowerCase(Locale.ROOT))
                .anyMatch(value -> value.startsWith("bearer ")
                        && value.substring("bearer ".length()).strip().startsWith("pk_"));
        if (publishableKey) {
            throw new UnauthorizedException(
                    "publishable_key_not_accepted", "A publishable key only opens its bot's widget routes");
        }
    }
}
