package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.WebhookDeliveryRepository;
import io.cairn.ports.out.persistence.WebhookEndpointRepository;
import io.cairn.ports.out.persistence.WebhookRepositoriesContract;

class InMemoryWebhookRepositoriesTest extends WebhookRepositoriesContract {

    private final InMemoryWebhookDeliveryRepository deliveries = new InMemoryWebhookDeliveryRepository();

    @Override
    protected WebhookEndpointRepository newEndpoints() {
        return new InMemoryWebhookEndpointRepository(deliveries);
    }

    @Override
    protected WebhookDeliveryRepository newDeliveries() {
        return deliveries;
    }
}
