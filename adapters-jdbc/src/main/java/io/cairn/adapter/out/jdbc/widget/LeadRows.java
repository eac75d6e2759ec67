package io.cairn.adapter.out.jdbc.widget;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** Micronaut Data access to {@code leads}; every query names organization_id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LeadRows extends GenericRepository<LeadRow, UUID> {

    LeadRow save(LeadRow row);

    @Query("SELECT * FROM leads WHERE organization_id = :organizationId AND bot_id = :botId"
            + " ORDER BY created_at DESC, id LIMIT :limit")
    List<LeadRow> latest(UUID organizationId, UUID botId, int limit);
}
