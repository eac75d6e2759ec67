package io.cairn.domain.apikey;

import io.cairn.domain.common.Text;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.UserId;
import io.cairn.domain.tenant.WorkspaceId;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A machine credential for one workspace of an organization, limited to its scopes. Only the hash of its secret is
 * kept. It stops working when revoked, or when its creator is no longer a member.
 */
public record ApiKey(
        ApiKeyId id,
        OrganizationId organizationId,
        WorkspaceId workspaceId,
        String name,
        UserId createdBy,
        Set<ApiKeyScope> scopes,
        String prefix,
        String hash,
        Instant createdAt,
        Optional<Instant> revokedAt,
        Optional<Instant> lastUsedAt) {

    public static final int NAME_MAX = 100;

    public ApiKey {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(workspaceId);
        name = Text.required(name, "name", NAME_MAX);
        Objects.requireNonNull(createdBy);
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("an API key needs at least one scope");
        }
        scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
        Objects.requireNonNull(prefix);
        Objects.requireNonNull(hash);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(revokedAt);
        Objects.requireNonNull(lastUsedAt);
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }
}
