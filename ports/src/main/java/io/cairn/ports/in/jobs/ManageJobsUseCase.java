package io.cairn.ports.in.jobs;

import io.cairn.domain.job.JobView;
import io.cairn.domain.tenant.OrganizationId;
import java.util.List;
import java.util.Optional;

/** Use case: an operator inspects background jobs and retries the ones that died. */
public interface ManageJobsUseCase {

    List<JobView> list(Optional<OrganizationId> tenant);

    /** Retries one dead job; a job id that names no dead job is not found. */
    void retry(String jobId);

    /** Retries every dead job of one tenant or of all, and says how many. */
    int retryAllDead(Optional<OrganizationId> tenant);
}
