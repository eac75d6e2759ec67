package io.cairn.domain.job;

import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One background job as an operator sees it.
 *
 * @param id the queue's id of the job; a dead job is retried by it
 * @param kind what the job does, for example {@code ingest-source}
 * @param organizationId the tenant it runs for
 * @param subjectId the id of what it works on
 * @param state where it stands
 * @param failures how many attempts failed so far
 * @param lastError the error of the last failed attempt, when known
 * @param at when it runs next, or when it died
 */
public record JobView(
        String id,
        String kind,
        OrganizationId organizationId,
        String subjectId,
        JobState state,
        int failures,
        Optional<String> lastError,
        Instant at) {

    public JobView {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(subjectId);
        Objects.requireNonNull(state);
        Objects.requireNonNull(lastError);
        Objects.requireNonNull(at);
    }
}
