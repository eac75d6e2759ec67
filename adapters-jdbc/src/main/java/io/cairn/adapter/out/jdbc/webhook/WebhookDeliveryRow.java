package io.cairn.adapter.out.jdbc.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code webhook_deliveries}. */
@MappedEntity("webhook_deliveries")
record WebhookDeliveryRow(
        @Id UUID id,
        UUID organizationId,
        UUID endpointId,
        UUID eventId,
        String eventType,
        String payload,
        String status,
        int attempts,
        @Nullable String lastError,
        @Nullable Integer lastStatusCode,
        @Nullable Instant nextAttemptAt,
        Instant createdAt,
        Instant updatedAt) {}
