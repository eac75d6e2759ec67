package io.cairn.adapter.in.http.widget;

import io.cairn.adapter.in.http.ratelimit.ClientAddresses;
import io.cairn.ports.in.widget.AllowWidgetOriginUseCase;
import io.cairn.ports.in.widget.WidgetVisit;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Settles the origin of every widget request first (404 for an unknown key, 403 for a foreign origin, with no CORS
 * headers), so that every later answer, a 401 or 429 included, is readable by the widget; shared by the widget's
 * controllers.
 */
@Singleton
class WidgetVisits {

    private final AllowWidgetOriginUseCase allowOrigin;
    private final ClientAddresses clients;

    WidgetVisits(AllowWidgetOriginUseCase allowOrigin, ClientAddresses clients) {
        this.allowOrigin = allowOrigin;
        this.clients = clients;
    }

    /** The visit, once its origin is known to be allowed for this bot; the use cases check it again themselves. */
    WidgetVisit visit(HttpRequest<?> request, String publicKey) {
        Optional<String> origin = settleOrigin(request, publicKey);
        return new WidgetVisit(publicKey, origin, clients.of(request));
    }

    /** The answer to a CORS preflight from an allowed origin. */
    MutableHttpResponse<?> preflight(HttpRequest<?> request, String publicKey) {
        settleOrigin(request, publicKey);
        MutableHttpResponse<?> response = HttpResponse.noContent();
        WidgetCors.preflight(response);
        return response;
    }

    private Optional<String> settleOrigin(HttpRequest<?> request, String publicKey) {
        Optional<String> origin =
                request.getHeaders().findFirst(HttpHeaders.ORIGIN).or(() -> sameOrigin(request));
        WidgetCors.allow(request, allowOrigin.allow(publicKey, origin));
        return origin;
    }

    /**
     * Browsers send no {@code Origin} on a same-origin GET (the playground reading its bot's config); they mark it
     * {@code Sec-Fetch-Site: same-origin} instead, so the page's origin is this server's own, as the browser reached
     * it. The allow-list still decides: the server's origin must be on it like any other.
     */
    private static Optional<String> sameOrigin(HttpRequest<?> request) {
        boolean sameOrigin = request.getHeaders()
                .findFirst("Sec-Fetch-Site")
                .filter("same-origin"::equalsIgnoreCase)
                .isPresent();
        if (!sameOrigin) {
            return Optional.empty();
        }
        return request.getHeaders()
                .findFirst(HttpHeaders.HOST)
                .map(host -> (request.isSecure() ? "https://" : "http://") + host);
    }
}
