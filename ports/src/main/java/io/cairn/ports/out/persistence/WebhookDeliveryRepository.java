package io.cairn.ports.out.persistence;

import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.webhook.WebhookDelivery;
import io.cairn.domain.webhook.WebhookDeliveryId;
import io.cairn.domain.webhook.WebhookEndpointId;
import java.util.List;
import java.util.Optional;

/** Driven port: stores each event's delivery to each endpoint, with its attempts; every call names the tenant. */
public interface WebhookDeliveryRepository {

    /** Inserts a new delivery or records the latest state of a known one. */
    void save(WebhookDelivery delivery);

    Optional<WebhookDelivery> findById(OrganizationId organization, WebhookDeliveryId id);

    /** An endpoint's latest deliveries, newest first. */
    List<WebhookDelivery> latestByEndpoint(OrganizationId organization, WebhookEndpointId endpoint, int limit);
}
