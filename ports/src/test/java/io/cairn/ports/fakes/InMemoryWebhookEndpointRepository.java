package io.cairn.ports.fakes;

import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.webhook.WebhookEndpoint;
import io.cairn.domain.webhook.WebhookEndpointId;
import io.cairn.ports.out.persistence.WebhookEndpointRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory webhook endpoints for service tests; deleting one deletes its deliveries. */
public class InMemoryWebhookEndpointRepository implements WebhookEndpointRepository {

    private final Map<WebhookEndpointId, WebhookEndpoint> rows = new ConcurrentHashMap<>();
    private final InMemoryWebhookDeliveryRepository deliveries;

    /** Endpoints whose deletion takes their deliveries in the given repository along, as the database does. */
    public InMemoryWebhookEndpointRepository(InMemoryWebhookDeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public void save(WebhookEndpoint endpoint) {
        WebhookEndpoint existing = rows.get(endpoint.id());
        if (existing != null && !existing.organizationId().equals(endpoint.organizationId())) {
            throw new IllegalStateException("a webhook endpoint never changes tenant");
        }
        rows.put(endpoint.id(), endpoint);
    }

    @Override
    public Optional<WebhookEndpoint> findById(OrganizationId organization, WebhookEndpointId id) {
        return Optional.ofNullable(rows.get(id)).filter(e -> e.organizationId().equals(organization));
    }

    @Override
    public List<WebhookEndpoint> listByOrganization(OrganizationId organization) {
        return rows.values().stream()
                .filter(e -> e.organizationId().equals(organization))
                .sorted(Comparator.comparing(WebhookEndpoint::createdAt).thenComparing(e -> e.id().value()))
                .toList();
    }

    @Override
    public boolean delete(OrganizationId organization, WebhookEndpointId id) {
        if (findById(organization, id).isEmpty()) {
            return false;
        }
        rows.remove(id);
        deliveries.deleteByEndpoint(id);
        return true;
    }
}
