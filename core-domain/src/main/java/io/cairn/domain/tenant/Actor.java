package io.cairn.domain.tenant;

import io.cairn.domain.error.ForbiddenException;
import java.util.Objects;
import java.util.Optional;

/**
 * Who asks for a use case: always inside exactly one organization (the tenant). Operators acting from the CLI
 * have no user but still act inside one tenant.
 */
public record Actor(Optional<UserId> userId, OrganizationId organizationId, Role role) {

    public Actor {
        Objects.requireNonNull(userId);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(role);
    }

    public static Actor member(UserId userId, OrganizationId organizationId, Role role) {
        return new Actor(Optional.of(userId), organizationId, role);
    }

    public static Actor operator(OrganizationId organizationId) {
        return new Actor(Optional.empty(), organizationId, Role.OWNER);
    }

    public void requireEditor() {
        if (!role.canEdit()) {
            throw new ForbiddenException("The " + Roles.wireName(role) + " role cannot change content");
        }
    }
}
