package io.cairn.adapter.out.jdbc.tenant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data access to {@code workspaces}; every query names organization_id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WorkspaceRows extends GenericRepository<WorkspaceRow, UUID> {

    WorkspaceRow save(WorkspaceRow row);

    boolean existsById(UUID id);

    Optional<WorkspaceRow> findByIdAndOrganizationId(UUID id, UUID organizationId);

    @Query("UPDATE workspaces SET name = :name WHERE id = :id AND organization_id = :organizationId")
    long updateOwned(UUID id, UUID organizationId, String name);

    @Query("SELECT * FROM workspaces WHERE organization_id = :organizationId ORDER BY created_at, id")
    List<WorkspaceRow> listByOrganization(UUID organizationId);
}
