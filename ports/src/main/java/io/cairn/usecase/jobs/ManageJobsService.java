package io.cairn.usecase.jobs;

import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.job.JobState;
import io.cairn.domain.job.JobView;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.jobs.ManageJobsUseCase;
import io.cairn.ports.out.jobs.JobAdminPort;
import java.util.List;
import java.util.Optional;

/** Lists the job queue for operators and gives dead jobs a fresh set of attempts. */
public final class ManageJobsService implements ManageJobsUseCase {

    private final JobAdminPort jobs;

    public ManageJobsService(JobAdminPort jobs) {
        this.jobs = jobs;
    }

    @Override
    public List<JobView> list(Optional<OrganizationId> tenant) {
        return jobs.list(tenant);
    }

    @Override
    public void retry(String jobId) {
        if (!jobs.retry(jobId)) {
            throw new NotFoundException("dead job", jobId);
        }
    }

    @Override
    public int retryAllDead(Optional<OrganizationId> tenant) {
        int retried = 0;
        for (JobView view : jobs.list(tenant)) {
            if (view.state() == JobState.DEAD && jobs.retry(view.id())) {
                retried++;
            }
        }
        return retried;
    }
}
