package io.cairn.host.cli;

import io.cairn.domain.job.JobView;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.jobs.ManageJobsUseCase;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cairn jobs list|retry}: the background job queue, as the server's nodes see it. */
@Command(
        name = "jobs",
        description = "List background jobs, or retry the ones that died.",
        subcommands = {JobsCommand.List.class, JobsCommand.Retry.class})
final class JobsCommand {

    @Prototype
    @Command(name = "list", description = "List queued, running, retrying and dead jobs.")
    static final class List implements Runnable {
        private final ManageJobsUseCase jobs;

        @Option(names = "--tenant", description = "Only this organization's jobs")
        String tenant;

        List(ManageJobsUseCase jobs) {
            this.jobs = jobs;
        }

        @Override
        public void run() {
            java.util.List<JobView> all = jobs.list(Optional.ofNullable(tenant).map(OrganizationId::parse));
            for (JobView job : all) {
                System.out.printf(
                        "%-8s %-14s %s  tenant %s  attempts %d  %s%s%n",
                        job.state().wireName(),
                        job.kind(),
                        job.subjectId(),
                        job.organizationId(),
                        job.failures(),
                        job.at(),
                        job.lastError().map(e -> "  — " + e).orElse(""));
                System.out.printf("         id %s%n", job.id());
            }
            System.out.printf("%d job(s)%n", all.size());
        }
    }

    @Prototype
    @Command(name = "retry", description = "Queue dead jobs again with fresh attempts.")
    static final class Retry implements Runnable {
        private final ManageJobsUseCase jobs;

        @ArgGroup(multiplicity = "1")
        Which which;

        static final class Which {
            @Parameters(paramLabel = "JOB_ID", description = "The id of a dead job, as 'jobs list' shows it")
            String jobId;

            @Option(names = "--all-dead", description = "Every dead job (of --tenant, if given)")
            boolean allDead;
        }

        @Option(names = "--tenant", description = "With --all-dead: only this organization's jobs")
        String tenant;

        Retry(ManageJobsUseCase jobs) {
            this.jobs = jobs;
        }

        @Override
        public void run() {
            if (which.allDead) {
                int n = jobs.retryAllDead(Optional.ofNullable(tenant).map(OrganizationId::parse));
                System.out.printf("Queued %d dead job(s) again%n", n);
            } else {
                jobs.retry(which.jobId);
                System.out.printf("Queued job %s again%n", which.jobId);
            }
        }
    }
}
