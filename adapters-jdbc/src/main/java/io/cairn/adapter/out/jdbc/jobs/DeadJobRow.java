package io.cairn.adapter.out.jdbc.jobs;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code dead_jobs}: a job that failed every attempt, with the error of the last one. */
@MappedEntity("dead_jobs")
record DeadJobRow(
        @Id String id,
        String kind,
        UUID organizationId,
        String subjectId,
        int attempts,
        String lastError,
        Instant failedAt) {}
