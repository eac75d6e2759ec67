package io.cairn.ports.out.jobs;

import io.cairn.domain.job.JobView;
import io.cairn.domain.tenant.OrganizationId;
import java.util.List;
import java.util.Optional;

/** Driven port: the operator's view of the durable job queue: what waits, runs or died, and a second chance. */
public interface JobAdminPort {

    /** Every job not yet finished, dead ones included, of one tenant or of all; soonest first, the dead last. */
    List<JobView> list(Optional<OrganizationId> tenant);

    /** Queues a dead job again with fresh attempts; false when no dead job has that id. */
    boolean retry(String jobId);
}
