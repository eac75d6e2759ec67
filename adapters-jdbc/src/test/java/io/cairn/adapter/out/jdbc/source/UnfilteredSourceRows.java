package io.cairn.adapter.out.jdbc.source;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/**
 * Test-only: the bug row-level security exists for. A sources query that forgot its tenant filter, so the test can
 * show that the database still returns only the current tenant's rows.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UnfilteredSourceRows extends GenericRepository<SourceRow, UUID> {

    @Query("SELECT * FROM sources")
    List<SourceRow> everyRowForgettingTheTenant();

    /** The tenant a row belongs to, for the assertions. */
    static UUID tenantOf(SourceRow row) {
        return row.organizationId();
    }
}
