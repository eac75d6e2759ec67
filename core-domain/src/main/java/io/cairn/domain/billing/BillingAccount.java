package io.cairn.domain.billing;

import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Objects;

/** What billing knows of an organization: the plan it is on and the instant its monthly periods are anchored on. */
public record BillingAccount(OrganizationId organizationId, String plan, Instant anchor) {

    public BillingAccount {
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(plan);
        Objects.requireNonNull(anchor);
    }

    /** The billing period that holds {@code now}. */
    public BillingPeriod periodAt(Instant now) {
        return BillingPeriod.containing(anchor, now);
    }
}
