package io.cairn.adapter.out.jdbc.jobs;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The job queue's settings under {@code cairn.jobs.*}. A failed job is retried {@code maxRetries} times, after
 * {@code backoff}, then {@code backoff × multiplier}, … (5 s, 25 s, 125 s by default), then dead-lettered.
 *
 * @param enabled whether this process runs jobs; when false it only enqueues them (for example a one-shot CLI)
 * @param pollingInterval how often idle workers look for due jobs
 * @param threads how many jobs run at once in this process
 * @param maxRetries retries after the first failed attempt, before the job is dead-lettered
 * @param backoff the wait before the first retry
 * @param backoffMultiplier the factor each further wait grows by
 * @param shutdownMaxWait how long shutdown waits for running jobs; unfinished ones run again on the next start
 * @param heartbeatInterval how often a running job renews its lease; a job whose node stopped renewing for four
 *     intervals (a crash, a kill -9) is picked up again by any node
 * @param recurringInterval how often recurring work runs, for example queueing the website syncs that are due
 */
@ConfigurationProperties("cairn.jobs")
public record JobQueueSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "1s") Duration pollingInterval,
        @Bindable(defaultValue = "2") int threads,
        @Bindable(defaultValue = "3") int maxRetries,
        @Bindable(defaultValue = "5s") Duration backoff,
        @Bindable(defaultValue = "5") double backoffMultiplier,
        @Bindable(defaultValue = "10s") Duration shutdownMaxWait,
        @Bindable(defaultValue = "15s") Duration heartbeatInterval,
        @Bindable(defaultValue = "1m") Duration recurringInterval) {

    public JobQueueSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("cairn.jobs.threads must be at least 1");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("cairn.jobs.max-retries must not be negative");
        }
        if (backoffMultiplier < 1) {
            throw new IllegalArgumentException("cairn.jobs.backoff-multiplier must be at least 1");
        }
    }
}
