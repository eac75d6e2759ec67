package io.cairn.adapter.in.http.apikey;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.ports.in.apikey.CreateApiKeyCommand;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Body of {@code POST /api-keys}. Fields such as {@code organizationId} or {@code createdBy} are not read. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateApiKeyRequest(String name, String workspaceId, List<String> scopes) {

    CreateApiKeyCommand toCommand() {
        if (workspaceId == null || workspaceId.isBlank()) {
            throw new ValidationException("workspaceId", "is required");
        }
        return new CreateApiKeyCommand(name, WorkspaceId.parse(workspaceId), ApiKeyScope.parseAll(scopes));
    }
}
