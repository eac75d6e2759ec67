package io.cairn.adapter.in.http.security;

import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.domain.bot.BotId;
import io.cairn.ports.in.apikey.ApiKeyGrant;
import io.cairn.ports.in.apikey.AuthenticateApiKeyUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Limits a request made with an API key, before {@code @Secured} is consulted: the route's {@link KeyScope} (or
 * {@code admin} when it names none) must be among the key's scopes, and a route about a bot must be about a bot of
 * the key's workspace. Either failure is a 403. Requests of signed-in users and anonymous routes pass untouched.
 */
@Singleton
public class ApiKeyScopeRule implements SecurityRule<HttpRequest<?>> {

    static final int ORDER = SecuredAnnotationRule.ORDER - 100;
    static final String BOT_VARIABLE = "botId";

    private final AuthenticateApiKeyUseCase keys;
    private final Scheduler blocking;

    public ApiKeyScopeRule(AuthenticateApiKeyUseCase keys, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.keys = keys;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        Optional<ApiKeyGrant> grant =
                Optional.ofNullable(authentication).flatMap(a -> ApiKeyAuthentication.grantOf(a.getAttributes()));
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        if (grant.isEmpty() || route.isEmpty() || isAnonymous(route.get())) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        ApiKeyScope needed = route.get()
                .getAnnotationMetadata()
                .enumValue(KeyScope.class, ApiKeyScope.class)
                .orElse(ApiKeyScope.ADMIN);
        if (!grant.get().allows(needed)) {
            return Mono.just(SecurityRuleResult.REJECTED);
        }
        Optional<BotId> bot = botOf(route.get());
        if (bot.isEmpty()) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        return Mono.fromCallable(() -> keys.mayReach(grant.get(), bot.get())
                        ? SecurityRuleResult.UNKNOWN
                        : SecurityRuleResult.REJECTED)
                .subscribeOn(blocking);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private static boolean isAnonymous(RouteMatch<?> route) {
        return Arrays.asList(route.getAnnotationMetadata().stringValues(Secured.class))
                .contains(SecurityRule.IS_ANONYMOUS);
    }

    /** The bot a route is about; a malformed id is left for the route to answer 404. */
    private static Optional<BotId> botOf(RouteMatch<?> route) {
        Object value = route.getVariableValues().get(BOT_VARIABLE);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(BotId.parse(value.toString()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
