package io.cairn.domain.session;

import io.cairn.domain.common.Ids;
import java.util.UUID;

/** Identifies one refresh token of a family (the token's {@code jti}). */
public record RefreshTokenId(UUID value) {

    public RefreshTokenId {
        Ids.require(value, "refresh token");
    }

    public static RefreshTokenId random() {
        return new RefreshTokenId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
