package io.cairn.ports.in.billing;

import io.cairn.domain.tenant.OrganizationId;

/** Driving port: adds message credits to an organization's current billing period, on top of its plan's. */
public interface AddCreditsUseCase {

    /** Adds {@code credits} (at least 1) for the current period; they lapse when it ends. */
    void addCredits(OrganizationId organization, long credits);
}
