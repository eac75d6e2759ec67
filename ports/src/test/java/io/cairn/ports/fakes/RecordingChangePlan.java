package io.cairn.ports.fakes;

import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.billing.ChangePlanUseCase;
import io.cairn.ports.out.persistence.OrganizationRepository;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every plan change asked of it and applies it to the organization, as ChangePlanService does. */
public class RecordingChangePlan implements ChangePlanUseCase {

    /** One call. */
    public record Change(OrganizationId organization, String plan, Instant periodAnchor) {}

    private final OrganizationRepository organizations;
    private final List<Change> changes = new CopyOnWriteArrayList<>();

    public RecordingChangePlan(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    public void changePlan(OrganizationId organization, String plan, Instant periodAnchor) {
        var current = organizations
                .findById(organization)
                .orElseThrow(() -> new NotFoundException("organization", organization));
        changes.add(new Change(organization, plan, periodAnchor));
        organizations.save(new io.cairn.domain.tenant.Organization(
                current.id(), current.name(), plan, current.createdAt(), current.suspendedAt()));
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }
}
