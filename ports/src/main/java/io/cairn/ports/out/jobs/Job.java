package io.cairn.ports.out.jobs;

import io.cairn.domain.tenant.OrganizationId;
import java.util.Objects;

/** A unit of background work: its kind, the tenant it runs for, and the id of what it works on. */
public record Job(String kind, OrganizationId organizationId, String subjectId) {

    public static final String INGEST_SOURCE = "ingest-source";
    public static final String WEBHOOK_DELIVERY = "webhook-delivery";

    public Job {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(subjectId);
    }
}
