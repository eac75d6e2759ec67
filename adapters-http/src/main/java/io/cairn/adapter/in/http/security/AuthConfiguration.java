package io.cairn.adapter.in.http.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code cairn.auth.*}: the HS256 secret the host provides (at least 32 bytes) and the lifetimes of access and
 * refresh tokens.
 */
@ConfigurationProperties("cairn.auth")
public record AuthConfiguration(
        @NonNull String jwtSecret,
        @Bindable(defaultValue = "15m") Duration accessTokenTtl,
        @Bindable(defaultValue = "720h") Duration refreshTokenTtl) {}
