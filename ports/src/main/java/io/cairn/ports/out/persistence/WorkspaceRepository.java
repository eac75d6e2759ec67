package io.cairn.ports.out.persistence;

import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Workspace;
import io.cairn.domain.tenant.WorkspaceId;
import java.util.List;
import java.util.Optional;

/** Driven port: stores workspaces, always within one organization. */
public interface WorkspaceRepository {

    void save(Workspace workspace);

    Optional<Workspace> findById(OrganizationId organization, WorkspaceId id);

    List<Workspace> listByOrganization(OrganizationId organization);
}
