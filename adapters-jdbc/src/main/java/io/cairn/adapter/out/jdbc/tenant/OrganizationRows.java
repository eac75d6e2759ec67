package io.cairn.adapter.out.jdbc.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data access to {@code organizations}, the tenants themselves. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganizationRows extends GenericRepository<OrganizationRow, UUID> {

    OrganizationRow save(OrganizationRow row);

    Optional<OrganizationRow> findById(UUID id);

    @Query("UPDATE organizations SET name = :name, plan = :plan, suspended_at = :suspendedAt WHERE id = :id")
    long updateById(UUID id, String name, String plan, @Nullable Instant suspendedAt);

    @Query("SELECT * FROM organizations ORDER BY created_at, id")
    List<OrganizationRow> listAll();
}
