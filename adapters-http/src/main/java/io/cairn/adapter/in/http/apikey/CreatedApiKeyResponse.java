package io.cairn.adapter.in.http.apikey;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.ports.in.apikey.CreatedApiKey;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Answer of {@code POST /api-keys}: the only response that ever carries the full key. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CreatedApiKeyResponse(
        String id, String name, String workspaceId, List<String> scopes, String prefix, String createdAt, String key) {

    static CreatedApiKeyResponse from(CreatedApiKey created) {
        return new CreatedApiKeyResponse(
                created.key().id().toString(),
                created.key().name(),
                created.key().workspaceId().toString(),
                created.key().scopes().stream().map(ApiKeyScope::wireName).toList(),
                created.key().prefix(),
                created.key().createdAt().toString(),
                created.secret());
    }

    @Override
    public String toString() {
        return "CreatedApiKeyResponse[id=" + id + ", prefix=" + prefix + "]";
    }
}
