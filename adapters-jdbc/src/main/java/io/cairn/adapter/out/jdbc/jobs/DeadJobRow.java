package io.cairn.adapter.out.jdbc.jobs;

import io.cairn.domain.job.JobState;
import io.cairn.domain.job.JobView;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.jobs.Job;
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

    Job toJob() {
        return new Job(kind, new OrganizationId(organizationId), subjectId);
    }

    JobView toView() {
        return new JobView(
                id,
                kind,
                new OrganizationId(organizationId),
                subjectId,
                JobState.DEAD,
                attempts,
                Optional.of(lastError),
                failedAt);
    }
}
