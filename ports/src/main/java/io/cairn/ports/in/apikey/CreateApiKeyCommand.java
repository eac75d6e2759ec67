package io.cairn.ports.in.apikey;

import io.cairn.domain.apikey.ApiKey;
import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.domain.common.Text;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.WorkspaceId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A new API key: its name, the workspace it works in and what it may do. */
public record CreateApiKeyCommand(String name, WorkspaceId workspaceId, Set<ApiKeyScope> scopes) {

    public CreateApiKeyCommand {
        name = Text.required(name, "name", ApiKey.NAME_MAX);
        if (workspaceId == null) {
            throw new ValidationException("workspaceId", "is required");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new ValidationException("scopes", "must name at least one of chat, sources:write, admin");
        }
        scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
    }
}
