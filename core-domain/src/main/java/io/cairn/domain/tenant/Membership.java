package io.cairn.domain.tenant;

import java.util.Objects;

/** A user's role in one organization. */
public record Membership(OrganizationId organizationId, UserId userId, Role role) {

    public Membership {
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(role);
    }
}
