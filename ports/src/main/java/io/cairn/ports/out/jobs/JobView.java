package io.cairn.ports.out.jobs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One job as an operator sees it.
 *
 * @param id the queue's id of the job; a dead job is retried by it
 * @param job what the job does and for which tenant
 * @param state where it stands
 * @param failures how many attempts failed so far
 * @param lastError the error of the last failed attempt, when there was one
 * @param at when it runs next, or when it died
 */
public record JobView(String id, Job job, JobState state, int failures, Optional<String> lastError, Instant at) {

    public JobView {
        Objects.requireNonNull(id);
        Objects.requireNonNull(job);
        Objects.requireNonNull(state);
        Objects.requireNonNull(lastError);
        Objects.requireNonNull(at);
    }
}
