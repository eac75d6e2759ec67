package io.cairn.adapter.in.http.apikey;

import io.cairn.domain.apikey.ApiKey;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The organization's API keys, revoked ones included, oldest first. */
@Serdeable
public record ApiKeyListResponse(List<ApiKeyResponse> items) {

    static ApiKeyListResponse from(List<ApiKey> keys) {
        return new ApiKeyListResponse(keys.stream().map(ApiKeyResponse::from).toList());
    }
}
