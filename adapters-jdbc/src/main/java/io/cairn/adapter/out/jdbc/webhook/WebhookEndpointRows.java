package io.cairn.adapter.out.jdbc.webhook;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data access to {@code webhook_endpoints}; every query names organization_id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebhookEndpointRows extends GenericRepository<WebhookEndpointRow, UUID> {

    WebhookEndpointRow save(WebhookEndpointRow row);

    boolean existsById(UUID id);

    Optional<WebhookEndpointRow> findByIdAndOrganizationId(UUID id, UUID organizationId);

    @Query("SELECT * FROM webhook_endpoints WHERE organization_id = :organizationId ORDER BY created_at, id")
    List<WebhookEndpointRow> listByOrganization(UUID organizationId);

    @Query("UPDATE webhook_endpoints SET url = :url, event_types = :eventTypes, enabled = :enabled"
            + " WHERE id = :id AND organization_id = :organizationId")
    long updateOwned(UUID id, UUID organizationId, String url, String eventTypes, boolean enabled);

    @Query("DELETE FROM webhook_endpoints WHERE id = :id AND organization_id = :organizationId")
    long deleteOwned(UUID id, UUID organizationId);
}
