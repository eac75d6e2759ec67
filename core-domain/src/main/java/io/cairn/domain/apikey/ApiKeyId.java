package io.cairn.domain.apikey;

import io.cairn.domain.common.Ids;
import java.util.UUID;

/** Identifies an API key. */
public record ApiKeyId(UUID value) {

    public ApiKeyId {
        Ids.require(value, "api key");
    }

    public static ApiKeyId random() {
        return new ApiKeyId(UUID.randomUUID());
    }

    public static ApiKeyId parse(String text) {
        return new ApiKeyId(Ids.parse("api_key", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
