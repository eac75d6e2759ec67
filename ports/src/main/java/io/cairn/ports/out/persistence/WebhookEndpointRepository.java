package io.cairn.ports.out.persistence;

import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.webhook.WebhookEndpoint;
import io.cairn.domain.webhook.WebhookEndpointId;
import java.util.List;
import java.util.Optional;

/** Driven port: stores customers' webhook endpoints; every call names the tenant. */
public interface WebhookEndpointRepository {

    void save(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> findById(OrganizationId organization, WebhookEndpointId id);

    /** The organization's endpoints, oldest first. */
    List<WebhookEndpoint> listByOrganization(OrganizationId organization);

    /** Removes the endpoint with its deliveries; false when the tenant has no such endpoint. */
    boolean delete(OrganizationId organization, WebhookEndpointId id);
}
