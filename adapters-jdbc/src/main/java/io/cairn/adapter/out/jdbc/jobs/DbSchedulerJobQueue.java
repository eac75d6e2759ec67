package io.cairn.adapter.out.jdbc.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.cairn.adapter.out.jdbc.support.JsonColumns;
import io.cairn.adapter.out.jdbc.support.TenantSessions;
import io.cairn.domain.job.JobState;
import io.cairn.domain.job.JobView;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.jobs.Job;
import io.cairn.ports.out.jobs.JobAdminPort;
import io.cairn.ports.out.jobs.JobHandler;
import io.cairn.ports.out.jobs.JobQueuePort;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Driven adapter: durable background jobs on db-scheduler, in the same database as everything else. Each job is
 * one instance of the one-time task {@value #TASK_NAME} with a unique id; db-scheduler leases it with heartbeats,
 * so a job whose worker died runs again. Failures retry with backoff, then land in {@code dead_jobs}. Instance ids
 * start with the tenant's id, and {@link TenantFairness} ranks each new job behind the tenant's own waiting ones, so
 * one tenant's ten thousand pages never starve another tenant's single file.
 */
@Singleton
public class DbSchedulerJobQueue implements JobQueuePort, JobAdminPort {

    static final String TASK_NAME = "cairn-job";
    static final String RECURRING_TASK_NAME = "cairn-recurring";

    private final JobQueueSettings settings;
    private final JobHandlers handlers;
    private final TransactionOperations<Connection> transactions;
    private final DeadJobRows deadJobs;
    private final TenantSessions sessions;
    private final TenantFairness fairness;
    private final OneTimeTask<JobPayload> task;
    private final Scheduler scheduler;
    private final AtomicBoolean started = new AtomicBoolean();

    DbSchedulerJobQueue(
            DataSource dataSource,
            DataSourceResolver resolver,
            TransactionOperations<Connection> transactions,
            JobQueueSettings settings,
            JobHandlers handlers,
            RecurringJobs recurringJobs,
            DeadJobRows deadJobs,
            TenantSessions sessions,
            JsonColumns json) {
        this.settings = settings;
        this.handlers = handlers;
        this.transactions = transactions;
        this.deadJobs = deadJobs;
        this.sessions = sessions;
        DataSource pool = resolver.resolve(dataSource);
        this.fairness = new TenantFairness(pool, TASK_NAME);
        this.task = Tasks.oneTime(TASK_NAME, JobPayload.class)
                .onFailure(new DeadLetteringFailureHandler(settings, deadJobs, sessions))
                .execute((instance, context) ->
                        handlers.dispatch(instance.getData().toJob()));
        // One durable recurring task runs every recurring job: its next run is stored, so it survives restarts, and
        // only one node runs each tick.
        RecurringTask<Void> recurring = Tasks.recurring(
                        RECURRING_TASK_NAME, FixedDelay.of(settings.recurringInterval()))
                .execute((instance, context) -> recurringJobs.runAll());
        // db-scheduler manages its own connections and commits, so it gets the pool, not the transactional proxy.
        this.scheduler = Scheduler.create(pool, task)
                .startTasks(recurring)
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .serializer(new JsonTaskSerializer(json))
                .enableImmediateExecution()
                .enablePriority()
                // Fetch at most one job per worker ahead: a longer in-memory queue would hold a big tenant's jobs
                // ahead of a newly queued job of another tenant, whatever its priority.
                .pollUsingFetchAndLockOnExecute(0.5, 1.0)
                .shutdownMaxWait(settings.shutdownMaxWait())
                .heartbeatInterval(settings.heartbeatInterval())
                .build();
    }

    /** Starts the workers, unless {@code cairn.jobs.enabled} is false; calling it again does nothing. */
    @PostConstruct
    public void start() {
        if (settings.enabled() && started.compareAndSet(false, true)) {
            scheduler.start();
        }
    }

    @PreDestroy
    public void stop() {
        if (started.compareAndSet(true, false)) {
            scheduler.stop();
        }
    }

    /** Adds a handler by hand, for hosts and tests that build handlers outside the bean context. */
    public void register(JobHandler handler) {
        handlers.register(handler);
    }

    /** Inside a transaction the job is scheduled once it commits (and dropped if it rolls back); else right away. */
    @Override
    public void enqueue(Job job) {
        var status = transactions.findTransactionStatus();
        if (status.isPresent() && !status.get().isCompleted()) {
            status.get().registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    schedule(job);
                }
            });
        } else {
            schedule(job);
        }
    }

    @Override
    public List<JobView> list(Optional<OrganizationId> tenant) {
        List<JobView> views = new ArrayList<>();
        for (var execution : scheduler.getScheduledExecutionsForTask(TASK_NAME, JobPayload.class)) {
            Job job = execution.getData().toJob();
            if (tenant.isEmpty() || tenant.get().equals(job.organizationId())) {
                views.add(new JobView(
                        execution.getTaskInstance().getId(),
                        job.kind(),
                        job.organizationId(),
                        job.subjectId(),
                        stateOf(execution.isPicked(), execution.getConsecutiveFailures()),
                        execution.getConsecutiveFailures(),
                        Optional.empty(),
                        execution.getExecutionTime()));
            }
        }
        views.sort(Comparator.comparing(JobView::at));
        List<DeadJobRow> dead = tenant.map(
                        t -> sessions.within(t, () -> deadJobs.findByOrganizationIdOrderByFailedAt(t.value())))
                .orElseGet(() -> sessions.system(deadJobs::findAllOrderByFailedAt));
        dead.forEach(row -> views.add(row.toView()));
        return views;
    }

    /** Schedules the dead job's work again under a new id, then forgets the dead row; at worst it runs twice. */
    @Override
    public boolean retry(String jobId) {
        Optional<DeadJobRow> dead = sessions.system(() -> deadJobs.findById(jobId));
        dead.ifPresent(row -> {
            schedule(row.toJob());
            sessions.within(row.toJob().organizationId(), () -> {
                deadJobs.deleteById(row.id());
                return null;
            });
        });
        return dead.isPresent();
    }

    private static JobState stateOf(boolean picked, int failures) {
        if (picked) {
            return JobState.RUNNING;
        }
        return failures > 0 ? JobState.RETRYING : JobState.QUEUED;
    }

    private void schedule(Job job) {
        String id = TenantFairness.instanceId(job.organizationId(), UUID.randomUUID());
        int priority = fairness.priorityOfNext(job.organizationId());
        scheduler.schedule(task.instanceBuilder(id)
                .data(JobPayload.from(job))
                .priority(priority)
                .scheduledTo(Instant.now()));
    }
}
