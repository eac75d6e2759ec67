package io.cairn.adapter.out.jdbc.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data access to {@code webhook_deliveries}; every query names organization_id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebhookDeliveryRows extends GenericRepository<WebhookDeliveryRow, UUID> {

    WebhookDeliveryRow save(WebhookDeliveryRow row);

    boolean existsById(UUID id);

    Optional<WebhookDeliveryRow> findByIdAndOrganizationId(UUID id, UUID organizationId);

    @Query("SELECT * FROM webhook_deliveries WHERE organization_id = :organizationId AND endpoint_id = :endpointId"
            + " ORDER BY created_at DESC, id LIMIT :limit")
    List<WebhookDeliveryRow> latest(UUID organizationId, UUID endpointId, int limit);

    @Query("UPDATE webhook_deliveries SET status = :status, attempts = :attempts, last_error = :lastError,"
            + " last_status_code = :lastStatusCode, next_attempt_at = :nextAttemptAt, updated_at = :updatedAt"
            + " WHERE id = :id AND organization_id = :organizationId")
    long updateOwned(
            UUID id,
            UUID organizationId,
            String status,
            int attempts,
            @Nullable String lastError,
            @Nullable Integer lastStatusCode,
            @Nullable Instant nextAttemptAt,
            Instant updatedAt);
}
