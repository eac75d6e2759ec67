package io.cairn.ports.fakes;

import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Workspace;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory workspaces for service tests. */
public class InMemoryWorkspaceRepository implements WorkspaceRepository {

    private final Map<WorkspaceId, Workspace> rows = new ConcurrentHashMap<>();

    @Override
    public void save(Workspace workspace) {
        Workspace existing = rows.get(workspace.id());
        if (existing != null && !existing.organizationId().equals(workspace.organizationId())) {
            throw new IllegalStateException("a workspace never changes tenant");
        }
        rows.put(workspace.id(), workspace);
    }

    @Override
    public Optional<Workspace> findById(OrganizationId organization, WorkspaceId id) {
        return Optional.ofNullable(rows.get(id)).filter(w -> w.organizationId().equals(organization));
    }

    @Override
    public List<Workspace> listByOrganization(OrganizationId organization) {
        return rows.values().stream()
                .filter(w -> w.organizationId().equals(organization))
                .sorted(Comparator.comparing(Workspace::createdAt))
                .toList();
    }
}
