package io.cairn.adapter.out.jdbc.jobs;

import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.jobs.Job;
import io.cairn.ports.out.jobs.JobState;
import io.cairn.ports.out.jobs.JobView;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Optional;
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
        Instant failedAt) {

    JobView toView() {
        Job job = new Job(kind, new OrganizationId(organizationId), subjectId);
        return new JobView(id, job, JobState.DEAD, attempts, Optional.of(lastError), failedAt);
    }
}
