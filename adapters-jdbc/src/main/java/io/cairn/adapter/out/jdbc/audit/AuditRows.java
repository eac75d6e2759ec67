package io.cairn.adapter.out.jdbc.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** Micronaut Data access to {@code audit_log}; every query names organization_id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRows extends GenericRepository<AuditRow, UUID> {

    AuditRow save(AuditRow row);

    @Query("SELECT * FROM audit_log WHERE organization_id = :organizationId ORDER BY at DESC, id LIMIT :limit")
    List<AuditRow> latest(UUID organizationId, int limit);
}
