package io.cairn.domain.event;

import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.WorkspaceId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened in a tenant, for the customer's own systems: delivered to the webhook endpoints that
 * subscribed to its {@code type}. An event of one workspace goes to that workspace's endpoints; an organization-wide
 * event (no workspace, for example a usage threshold) goes to every endpoint of the organization.
 *
 * @param type one of {@link EventTypes#ALL}, for example {@code lead.created}
 * @param data the event's payload: plain JSON values (strings, numbers, booleans, lists, maps)
 */
public record OutboundEvent(
        String type,
        OrganizationId organizationId,
        Optional<WorkspaceId> workspaceId,
        Map<String, Object> data,
        Instant occurredAt) {

    public OutboundEvent {
        if (!EventTypes.ALL.contains(type)) {
            throw new IllegalArgumentException("unknown event type: " + type);
        }
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(workspaceId);
        data = Map.copyOf(data);
        Objects.requireNonNull(occurredAt);
    }
}
