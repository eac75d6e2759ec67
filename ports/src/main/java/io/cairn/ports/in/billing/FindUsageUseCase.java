package io.cairn.ports.in.billing;

import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.OrganizationId;

/** Driving port: an organization's usage in its current billing period, against its plan's limits. */
public interface FindUsageUseCase {

    /** The caller's own organization; only owners and admins may read it. */
    UsageReport usage(Actor actor);

    /** Any organization, for the operator's CLI; an unknown one is a {@code NotFoundException}. */
    UsageReport usageOf(OrganizationId organization);
}
