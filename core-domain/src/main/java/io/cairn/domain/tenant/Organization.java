package io.cairn.domain.tenant;

import io.cairn.domain.common.Text;
import java.time.Instant;
import java.util.Objects;

/** The tenant: everything a customer owns hangs off one organization. */
public record Organization(OrganizationId id, String name, String plan, Instant createdAt) {

    public Organization {
        Objects.requireNonNull(id);
        name = Text.required(name, "organizationName", 200);
        plan = Text.orDefault(plan, "free");
        Objects.requireNonNull(createdAt);
    }
}
