package io.cairn.adapter.out.jdbc.webhook;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.WebhookDeliveryRepository;
import io.cairn.ports.out.persistence.WebhookEndpointRepository;
import io.cairn.ports.out.persistence.WebhookRepositoriesContract;

class JdbcWebhookRepositoriesTest extends WebhookRepositoriesContract {

    @Override
    protected WebhookEndpointRepository newEndpoints() {
        return H2TestDatabase.context().getBean(JdbcWebhookEndpointRepository.class);
    }

    @Override
    protected WebhookDeliveryRepository newDeliveries() {
        return H2TestDatabase.context().getBean(JdbcWebhookDeliveryRepository.class);
    }
}
