package io.cairn.host.server;

import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.billing.ChangePlanUseCase;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Temporary stand-in for issue 9 part A's plan service, used only while no other {@link ChangePlanUseCase} is
 * wired: it just stores the organization's new plan (no billing anchor, no plan check). Replaced by part A.
 */
@Singleton
@Requires(missingBeans = ChangePlanUseCase.class)
class InterimPlanChanger implements ChangePlanUseCase {

    private final OrganizationRepository organizations;

    InterimPlanChanger(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    public void changePlan(OrganizationId organization, String plan, Instant periodAnchor) {
        Organization current = organizations
                .findById(organization)
                .orElseThrow(() -> new NotFoundException("organization", organization));
        organizations.save(
                new Organization(current.id(), current.name(), plan, current.createdAt(), current.suspendedAt()));
    }
}
