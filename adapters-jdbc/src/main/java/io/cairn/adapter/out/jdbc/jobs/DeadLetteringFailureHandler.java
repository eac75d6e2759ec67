package io.cairn.adapter.out.jdbc.jobs;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler.ExponentialBackoffFailureHandler;
import io.cairn.adapter.out.jdbc.support.TenantSessions;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a failed job with exponential backoff; once its retries are spent, records it in {@code dead_jobs} with
 * the last error and only then removes it from the schedule, so a failing dead-letter write loses nothing.
 */
final class DeadLetteringFailureHandler implements FailureHandler<JobPayload> {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetteringFailureHandler.class);
    private static final int MAX_ERROR_LENGTH = 4_000;

    private final int maxRetries;
    private final FailureHandler<JobPayload> backoff;
    private final DeadJobRows deadJobs;
    private final TenantSessions sessions;

    DeadLetteringFailureHandler(JobQueueSettings settings, DeadJobRows deadJobs, TenantSessions sessions) {
        this.sessions = sessions;
        this.maxRetries = settings.maxRetries();
        this.backoff = new ExponentialBackoffFailureHandler<>(settings.backoff(), settings.backoffMultiplier());
        this.deadJobs = deadJobs;
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<JobPayload> operations) {
        int attempts = complete.getExecution().consecutiveFailures + 1;
        if (attempts <= maxRetries) {
            backoff.onFailure(complete, operations);
            return;
        }
        JobPayload job = (JobPayload) complete.getExecution().taskInstance.getData();
        String error =
                complete.getCause().map(DeadLetteringFailureHandler::describe).orElse("unknown failure");
        sessions.within(
                job.toJob().organizationId(),
                () -> deadJobs.save(new DeadJobRow(
                        complete.getExecution().taskInstance.getId(),
                        job.kind(),
                        job.toJob().organizationId().value(),
                        job.subjectId(),
                        attempts,
                        error,
                        Instant.now())));
        operations.stop();
        LOG.error(
                "Job {} ({}) failed {} times and was dead-lettered: {}", job.kind(), job.subjectId(), attempts, error);
    }

    private static String describe(Throwable cause) {
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
