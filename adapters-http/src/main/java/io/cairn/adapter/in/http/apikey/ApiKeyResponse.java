package io.cairn.adapter.in.http.apikey;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.domain.apikey.ApiKey;
import io.cairn.domain.apikey.ApiKeyScope;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** An API key as listed: its prefix, never its secret or hash. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiKeyResponse(
        String id,
        String name,
        String workspaceId,
        List<String> scopes,
        String prefix,
        String createdBy,
        String createdAt,
        String lastUsedAt,
        String revokedAt) {

    static ApiKeyResponse from(ApiKey key) {
        return new ApiKeyResponse(
                key.id().toString(),
                key.name(),
                key.workspaceId().toString(),
                key.scopes().stream().map(ApiKeyScope::wireName).toList(),
                key.prefix(),
                key.createdBy().toString(),
                key.createdAt().toString(),
                key.lastUsedAt().map(Instant::toString).orElse(null),
                key.revokedAt().map(Instant::toString).orElse(null));
    }
}
