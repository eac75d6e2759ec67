package io.cairn.adapter.in.http.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Runs for every bearer token Micronaut validates: only Cairn access tokens pass, so a refresh token, a token for
 * another audience or one with an out-of-range {@code nbf} is a 401.
 */
@Singleton
public class AccessTokenClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        return TokenClaims.acceptable(claims::get, TokenClaims.ACCESS, Instant.now());
    }
}
