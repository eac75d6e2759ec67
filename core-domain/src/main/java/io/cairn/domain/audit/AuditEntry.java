package io.cairn.domain.audit;

import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of an organization's audit log: who (a member, or an API key when there is no user) did what, to which
 * resource, with which outcome, from which address, and when.
 *
 * @param action the operation, for example {@code PATCH /api/v1/bots/{botId}}
 * @param resource the concrete resource, for example {@code /api/v1/bots/5f0c…}
 */
public record AuditEntry(
        UUID id,
        OrganizationId organizationId,
        Optional<UserId> actor,
        String action,
        String resource,
        int status,
        String ip,
        Instant at) {

    public AuditEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(action);
        Objects.requireNonNull(resource);
        Objects.requireNonNull(ip);
        Objects.requireNonNull(at);
    }
}
