package io.cairn.adapter.in.http.security;

import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.in.apikey.ApiKeyGrant;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/** The one place an authenticated request becomes the domain's {@link Actor}: controllers just take an Actor. */
@Singleton
public class ActorArgumentBinder implements TypedRequestArgumentBinder<Actor> {

    @Override
    public Argument<Actor> argumentType() {
        return Argument.of(Actor.class);
    }

    @Override
    public BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> request) {
        Authentication authentication =
                request.getUserPrincipal(Authentication.class).orElseThrow(() -> new AuthorizationException(null));
        Optional<Actor> actor = Optional.of(toActor(authentication));
        return () -> actor;
    }

    public static Actor toActor(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        Optional<ApiKeyGrant> key = ApiKeyAuthentication.grantOf(claims);
        if (key.isPresent()) {
            // A key acts for its organization with its own capped role, never as the person who created it.
            return new Actor(
                    Optional.empty(), key.get().organizationId(), key.get().role());
        }
        try {
            return Actor.member(
                    UserId.parse(authentication.getName()),
                    OrganizationId.parse(String.valueOf(claims.get(TokenClaims.ORGANIZATION))),
                    TokenClaims.role(claims.get(TokenClaims.ROLE)));
        } catch (RuntimeException e) {
            // The claims validator already refuses such tokens; this guards against any other authenticator.
            throw new AuthorizationException(null);
        }
    }
}
