package io.cairn.adapter.in.http.audit;

import io.cairn.adapter.in.http.ratelimit.ClientAddresses;
import io.cairn.adapter.in.http.security.ActorArgumentBinder;
import io.cairn.ports.in.audit.AuditLogUseCase;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an audit entry for every change an authenticated member or key asks of the API, allowed or refused: the
 * route as the action, the path as the resource, the status, and the client address as rate limiting sees it
 * ({@link ClientAddresses}: the peer, or a proxy header only when {@code cairn.http.client-address-header} names one). Sign-in routes are not changes to audit.
 */
@ServerFilter({"/api/v1/**", "/v1/**"})
public class AuditFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
    private static final Set<HttpMethod> CHANGES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final AuditLogUseCase audit;
    private final ClientAddresses addresses;

    public AuditFilter(AuditLogUseCase audit, ClientAddresses addresses) {
        this.audit = audit;
        this.addresses = addresses;
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void record(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!CHANGES.contains(request.getMethod()) || request.getPath().startsWith("/api/v1/auth/")) {
            return;
        }
        var principal = request.getUserPrincipal(Authentication.class);
        if (principal.isEmpty()) {
            return;
        }
        String action = request.getMethodName() + " "
                + RouteAttributes.getRouteInfo(request)
                        .filter(UriRouteInfo.class::isInstance)
                        .map(r -> ((UriRouteInfo<?, ?>) r).getUriMatchTemplate().toString())
                        .orElse(request.getPath());
        String ip = addresses.of(request);
        try {
            audit.record(ActorArgumentBinder.toActor(principal.get()), action, request.getPath(), response.code(), ip);
        } catch (RuntimeException e) {
            LOG.error("Could not write the audit entry for {} {}", action, request.getPath(), e);
        }
    }
}
