package io.cairn.ports.fakes;

import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.webhook.WebhookDelivery;
import io.cairn.domain.webhook.WebhookDeliveryId;
import io.cairn.domain.webhook.WebhookEndpointId;
import io.cairn.ports.out.persistence.WebhookDeliveryRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory webhook deliveries for service tests. */
public class InMemoryWebhookDeliveryRepository implements WebhookDeliveryRepository {

    private final Map<WebhookDeliveryId, WebhookDelivery> rows = new ConcurrentHashMap<>();

    @Override
    public void save(WebhookDelivery delivery) {
        WebhookDelivery existing = rows.get(delivery.id());
        if (existing != null && !existing.organizationId().equals(delivery.organizationId())) {
            throw new IllegalStateException("a webhook delivery never changes tenant");
        }
        rows.put(delivery.id(), delivery);
    }

    @Override
    public Optional<WebhookDelivery> findById(OrganizationId organization, WebhookDeliveryId id) {
        return Optional.ofNullable(rows.get(id)).filter(d -> d.organizationId().equals(organization));
    }

    @Override
    public List<WebhookDelivery> latestByEndpoint(OrganizationId organization, WebhookEndpointId endpoint, int limit) {
        return rows.values().stream()
                .filter(d -> d.organizationId().equals(organization)
                        && d.endpointId().equals(endpoint))
                .sorted(Comparator.comparing(WebhookDelivery::createdAt)
                        .reversed()
                        .thenComparing(d -> d.id().value()))
                .limit(limit)
                .toList();
    }

    void deleteByEndpoint(WebhookEndpointId endpoint) {
        rows.values().removeIf(d -> d.endpointId().equals(endpoint));
    }

    public List<WebhookDelivery> all() {
        return List.copyOf(rows.values());
    }
}
