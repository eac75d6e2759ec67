package io.cairn.adapter.out.jdbc.source;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** Micronaut Data access to {@code sync_reports}; every query names organization_id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SyncReportRows extends GenericRepository<SyncReportRow, UUID> {

    SyncReportRow save(SyncReportRow row);

    @Query("SELECT * FROM sync_reports WHERE organization_id = :organizationId AND source_id = :sourceId"
            + " ORDER BY started_at DESC, id LIMIT :limit")
    List<SyncReportRow> latest(UUID organizationId, UUID sourceId, int limit);

    long deleteByOrganizationIdAndSourceId(UUID organizationId, UUID sourceId);
}
