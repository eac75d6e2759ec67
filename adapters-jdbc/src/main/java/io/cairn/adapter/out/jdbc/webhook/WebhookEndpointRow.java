package io.cairn.adapter.out.jdbc.webhook;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code webhook_endpoints}; {@code event_types} holds the type names, comma-separated. */
@MappedEntity("webhook_endpoints")
record WebhookEndpointRow(
        @Id UUID id,
        UUID organizationId,
        UUID workspaceId,
        String url,
        String eventTypes,
        String secret,
        boolean enabled,
        Instant createdAt) {}
