package io.cairn.adapter.out.jdbc.jobs;

import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.jobs.Job;
import io.micronaut.serde.annotation.Serdeable;

/** The JSON a job is stored as in db-scheduler's task_data column (never Java serialization). */
@Serdeable
record JobPayload(String kind, String organizationId, String subjectId) {

    static JobPayload from(Job job) {
        return new JobPayload(job.kind(), job.organizationId().toString(), job.subjectId());
    }

    Job toJob() {
        return new Job(kind, OrganizationId.parse(organizationId), subjectId);
    }
}
