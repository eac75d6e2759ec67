package io.cairn.adapter.out.jdbc.jobs;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data access to {@code dead_jobs}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DeadJobRows extends GenericRepository<DeadJobRow, String> {

    DeadJobRow save(DeadJobRow row);

    Optional<DeadJobRow> findById(String id);

    List<DeadJobRow> findByOrganizationIdOrderByFailedAt(UUID organizationId);

    List<DeadJobRow> findAllOrderByFailedAt();

    void deleteById(String id);
}
