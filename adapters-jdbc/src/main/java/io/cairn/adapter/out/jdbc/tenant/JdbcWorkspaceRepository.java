package io.cairn.adapter.out.jdbc.tenant;

import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.adapter.out.jdbc.support.OwnedRows;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Workspace;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Driven adapter: stores workspaces in the relational database, always within one organization. */
@Singleton
@TenantScoped
public class JdbcWorkspaceRepository implements WorkspaceRepository {

    private final WorkspaceRows rows;

    JdbcWorkspaceRepository(WorkspaceRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(Workspace workspace) {
        WorkspaceRow row = new WorkspaceRow(
                workspace.id().value(),
                workspace.organizationId().value(),
                workspace.name(),
                Keyset.stored(workspace.createdAt()));
        OwnedRows.save(
                "workspace",
                row.id(),
                () -> rows.updateOwned(row.id(), row.organizationId(), row.name()),
                () -> rows.existsById(row.id()),
                () -> rows.save(row));
    }

    @Override
    public Optional<Workspace> findById(OrganizationId organization, WorkspaceId id) {
        return rows.findByIdAndOrganizationId(id.value(), organization.value()).map(JdbcWorkspaceRepository::toDomain);
    }

    @Override
    public List<Workspace> listByOrganization(OrganizationId organization) {
        return rows.listByOrganization(organization.value()).stream()
                .map(JdbcWorkspaceRepository::toDomain)
                .toList();
    }

    private static Workspace toDomain(WorkspaceRow row) {
        return new Workspace(
                new WorkspaceId(row.id()), new OrganizationId(row.organizationId()), row.name(), row.createdAt());
    }
}
