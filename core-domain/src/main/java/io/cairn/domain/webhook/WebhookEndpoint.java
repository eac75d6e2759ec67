package io.cairn.domain.webhook;

import io.cairn.domain.error.ValidationException;
import io.cairn.domain.event.EventTypes;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A customer's URL that receives a workspace's events of the types it chose, signed with its own secret.
 *
 * @param eventTypes a non-empty subset of {@link EventTypes#ALL}, without repeats, in the order of that list
 */
public record WebhookEndpoint(
        WebhookEndpointId id,
        OrganizationId organizationId,
        WorkspaceId workspaceId,
        String url,
        List<String> eventTypes,
        WebhookSecret secret,
        boolean enabled,
        Instant createdAt) {

    public static final int MAX_URL_LENGTH = 2000;

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(url, "url");
        eventTypes = subscribable(eventTypes);
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Checks a requested list of event types: at least one, each known; answers them in canonical order. */
    public static List<String> subscribable(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new ValidationException("events", "must name at least one event type");
        }
        for (String type : requested) {
            if (!EventTypes.ALL.contains(type)) {
                throw new ValidationException(
                        "events",
                        "unknown event type: " + type + " (known: " + String.join(", ", EventTypes.ALL) + ")");
            }
        }
        return EventTypes.ALL.stream().filter(requested::contains).toList();
    }

    public boolean subscribesTo(String type) {
        return enabled && eventTypes.contains(type);
    }
}
