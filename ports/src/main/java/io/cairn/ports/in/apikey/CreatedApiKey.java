package io.cairn.ports.in.apikey;

import io.cairn.domain.apikey.ApiKey;
import java.util.Objects;

/** A key just created, with its secret: the only time the secret leaves the server. */
public record CreatedApiKey(ApiKey key, String secret) {

    public CreatedApiKey {
        Objects.requireNonNull(key);
        Objects.requireNonNull(secret);
    }

    @Override
    public String toString() {
        return "CreatedApiKey[id=" + key.id() + ", prefix=" + key.prefix() + "]";
    }
}
