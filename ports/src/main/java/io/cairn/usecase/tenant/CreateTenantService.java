package io.cairn.usecase.tenant;

import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Workspace;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.ports.in.tenant.CreateTenantUseCase;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.time.ClockPort;

/** Creates an organization and its default workspace in one transaction. */
public final class CreateTenantService implements CreateTenantUseCase {

    private final OrganizationRepository organizations;
    private final WorkspaceRepository workspaces;
    private final TransactionPort tx;
    private final ClockPort clock;

    public CreateTenantService(
            OrganizationRepository organizations, WorkspaceRepository workspaces, TransactionPort tx, ClockPort clock) {
        this.organizations = organizations;
        this.workspaces = workspaces;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Organization create(String name) {
        var now = clock.now();
        Organization org = new Organization(OrganizationId.random(), name, "free", now);
        return tx.inTransaction(() -> {
            organizations.save(org);
            workspaces.save(new Workspace(WorkspaceId.random(), org.id(), "Default", now));
            return org;
        });
    }
}
