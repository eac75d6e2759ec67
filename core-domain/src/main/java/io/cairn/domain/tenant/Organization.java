package io.cairn.domain.tenant;

import io.cairn.domain.common.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The tenant: everything a customer owns hangs off one organization. A suspended organization keeps its data but
 * nobody can sign in to it until an operator resumes it.
 */
public record Organization(
        OrganizationId id, String name, String plan, Instant createdAt, Optional<Instant> suspendedAt) {

    public Organization {
        Objects.requireNonNull(id);
        name = Text.required(name, "organizationName", 200);
        plan = Text.orDefault(plan, "free");
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(suspendedAt);
    }

    /** An active organization. */
    public Organization(OrganizationId id, String name, String plan, Instant createdAt) {
        this(id, name, plan, createdAt, Optional.empty());
    }

    public boolean suspended() {
        return suspendedAt.isPresent();
    }

    public Organization suspend(Instant now) {
        return suspended() ? this : new Organization(id, name, plan, createdAt, Optional.of(now));
    }

    public Organization resume() {
        return new Organization(id, name, plan, createdAt, Optional.empty());
    }
}
