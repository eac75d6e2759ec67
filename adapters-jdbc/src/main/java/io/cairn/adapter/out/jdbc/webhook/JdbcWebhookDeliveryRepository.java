package io.cairn.adapter.out.jdbc.webhook;

import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.adapter.out.jdbc.support.OwnedRows;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.webhook.DeliveryStatus;
import io.cairn.domain.webhook.WebhookDelivery;
import io.cairn.domain.webhook.WebhookDeliveryId;
import io.cairn.domain.webhook.WebhookEndpointId;
import io.cairn.ports.out.persistence.WebhookDeliveryRepository;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Driven adapter: stores webhook deliveries and the outcome of their latest attempt in the relational database. */
@Singleton
@TenantScoped
public class JdbcWebhookDeliveryRepository implements WebhookDeliveryRepository {

    private final WebhookDeliveryRows rows;

    JdbcWebhookDeliveryRepository(WebhookDeliveryRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(WebhookDelivery d) {
        WebhookDeliveryRow row = new WebhookDeliveryRow(
                d.id().value(),
                d.organizationId().value(),
                d.endpointId().value(),
                d.eventId(),
                d.eventType(),
                d.payload(),
                d.status().wireName(),
                d.attempts(),
                d.lastError().orElse(null),
                d.lastStatusCode().orElse(null),
                d.nextAttemptAt().map(Keyset::stored).orElse(null),
                Keyset.stored(d.createdAt()),
                Keyset.stored(d.updatedAt()));
        OwnedRows.save(
                "webhook delivery",
                row.id(),
                () -> rows.updateOwned(
                        row.id(),
                        row.organizationId(),
                        row.status(),
                        row.attempts(),
                        row.lastError(),
                        row.lastStatusCode(),
                        row.nextAttemptAt(),
                        row.updatedAt()),
                () -> rows.existsById(row.id()),
                () -> rows.save(row));
    }

    @Override
    public Optional<WebhookDelivery> findById(OrganizationId organization, WebhookDeliveryId id) {
        return rows.findByIdAndOrganizationId(id.value(), organization.value())
                .map(JdbcWebhookDeliveryRepository::toDomain);
    }

    @Override
    public List<WebhookDelivery> latestByEndpoint(OrganizationId organization, WebhookEndpointId endpoint, int limit) {
        return rows.latest(organization.value(), endpoint.value(), limit).stream()
                .map(JdbcWebhookDeliveryRepository::toDomain)
                .toList();
    }

    private static WebhookDelivery toDomain(WebhookDeliveryRow r) {
        return new WebhookDelivery(
                new WebhookDeliveryId(r.id()),
                new OrganizationId(r.organizationId()),
                new WebhookEndpointId(r.endpointId()),
                r.eventId(),
                r.eventType(),
                r.payload(),
                DeliveryStatus.fromWireName(r.status()),
                r.attempts(),
                Optional.ofNullable(r.lastError()),
                Optional.ofNullable(r.lastStatusCode()),
                Optional.ofNullable(r.nextAttemptAt()),
                r.createdAt(),
                r.updatedAt());
    }
}
