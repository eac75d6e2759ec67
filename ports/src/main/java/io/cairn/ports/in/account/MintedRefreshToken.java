package io.cairn.ports.in.account;

import java.time.Instant;
import java.util.Objects;

/** A freshly made refresh token and when it expires; only its hash is ever stored. */
public record MintedRefreshToken(String token, Instant expiresAt) {

    public MintedRefreshToken {
        Objects.requireNonNull(token);
        Objects.requireNonNull(expiresAt);
    }

    @Override
    public String toString() {
        return "MintedRefreshToken[expiresAt=" + expiresAt + "]";
    }
}
