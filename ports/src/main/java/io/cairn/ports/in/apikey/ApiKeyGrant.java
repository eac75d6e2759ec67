package io.cairn.ports.in.apikey;

import io.cairn.domain.apikey.ApiKeyId;
import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.WorkspaceId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What a valid key allows right now: its tenant and workspace, its scopes and the role it acts with. */
public record ApiKeyGrant(
        ApiKeyId keyId, OrganizationId organizationId, WorkspaceId workspaceId, Set<ApiKeyScope> scopes, Role role) {

    public ApiKeyGrant {
        Objects.requireNonNull(keyId);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(workspaceId);
        scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
        Objects.requireNonNull(role);
    }

    public boolean allows(ApiKeyScope needed) {
        return ApiKeyScope.grants(scopes, needed);
    }
}
