package io.cairn.adapter.in.http.security;

import io.cairn.domain.apikey.ApiKeySecret;
import io.cairn.ports.in.apikey.AuthenticateApiKeyUseCase;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Authenticates {@code Authorization: Bearer ck_…} with the API key use case, before and instead of JWT
 * validation (a key is no JWT, so the JWT fetcher finds nothing in it). An unknown, revoked or orphaned key yields
 * no authentication, so a private route answers 401. The look-up runs on the blocking pool, never the event loop.
 */
@Singleton
public class ApiKeyAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    static final int ORDER = TokenAuthenticationFetcher.ORDER - 100;
    private static final String BEARER = "Bearer ";

    private final AuthenticateApiKeyUseCase keys;
    private final Scheduler blocking;

    public ApiKeyAuthenticationFetcher(
            AuthenticateApiKeyUseCase keys, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.keys = keys;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> key = presentedKey(request);
        if (key.isEmpty()) {
            return Publishers.empty();
        }
        return Mono.fromCallable(() -> keys.authenticate(key.get())
                        .map(ApiKeyAuthentication::of)
                        .orElse(null))
                .subscribeOn(blocking);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    static Optional<String> presentedKey(HttpRequest<?> request) {
        return request.getHeaders()
                .getFirst(HttpHeaders.AUTHORIZATION)
                .filter(h -> h.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(h -> h.substring(BEARER.length()).strip())
                .filter(token -> token.startsWith(ApiKeySecret.MARKER));
    }
}
