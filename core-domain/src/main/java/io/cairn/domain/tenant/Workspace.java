package io.cairn.domain.tenant;

import io.cairn.domain.common.Text;
import java.time.Instant;
import java.util.Objects;

/** A group of bots inside an organization. */
public record Workspace(WorkspaceId id, OrganizationId organizationId, String name, Instant createdAt) {

    public Workspace {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organizationId);
        name = Text.required(name, "name", 200);
        Objects.requireNonNull(createdAt);
    }
}
