package io.cairn.ports.in.webhook;

import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.domain.webhook.WebhookDelivery;
import io.cairn.domain.webhook.WebhookDeliveryId;
import io.cairn.domain.webhook.WebhookEndpoint;
import io.cairn.domain.webhook.WebhookEndpointId;
import java.util.List;
import java.util.Optional;

/**
 * Use case: owners and admins register, list and delete the webhook endpoints of their organization's workspaces,
 * read each endpoint's deliveries and replay one. Another tenant's endpoint or delivery is not found.
 */
public interface ManageWebhooksUseCase {

    /** Vets the URL, then stores the endpoint with a fresh secret, which the answer carries and nothing else will. */
    WebhookEndpoint register(Actor actor, RegisterWebhookCommand command);

    /** The organization's endpoints, or one workspace's. */
    List<WebhookEndpoint> list(Actor actor, Optional<WorkspaceId> workspace);

    void delete(Actor actor, WebhookEndpointId id);

    /** The endpoint's latest deliveries, newest first. */
    List<WebhookDelivery> deliveries(Actor actor, WebhookEndpointId id, int limit);

    /** Sends the delivery again (same webhook-id and body, a new timestamp and signature) through the job queue. */
    WebhookDelivery replay(Actor actor, WebhookEndpointId id, WebhookDeliveryId delivery);
}
