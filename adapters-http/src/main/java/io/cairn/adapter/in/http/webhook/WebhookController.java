package io.cairn.adapter.in.http.webhook;

import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.domain.webhook.WebhookDeliveryId;
import io.cairn.domain.webhook.WebhookEndpointId;
import io.cairn.ports.in.webhook.ManageWebhooksUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Optional;

/**
 * Driving adapter: owners and admins register (secret shown once), list and delete outbound webhook endpoints, read
 * an endpoint's deliveries and replay one.
 */
@Controller("/api/v1/webhooks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class WebhookController {

    private final ManageWebhooksUseCase webhooks;

    public WebhookController(ManageWebhooksUseCase webhooks) {
        this.webhooks = webhooks;
    }

    @Post
    @Status(HttpStatus.CREATED)
    public RegisteredWebhookResponse register(Actor actor, @Body RegisterWebhookRequest body) {
        return RegisteredWebhookResponse.from(webhooks.register(actor, body.toCommand()));
    }

    @Get
    public WebhookListResponse list(Actor actor, @Nullable @QueryValue String workspaceId) {
        return WebhookListResponse.from(
                webhooks.list(actor, Optional.ofNullable(workspaceId).map(WorkspaceId::parse)));
    }

    @Delete("/{webhookId}")
    @Status(HttpStatus.NO_CONTENT)
    public void delete(Actor actor, String webhookId) {
        webhooks.delete(actor, WebhookEndpointId.parse(webhookId));
    }

    @Get("/{webhookId}/deliveries")
    public DeliveryResponse.Page deliveries(Actor actor, String webhookId, @QueryValue(defaultValue = "20") int limit) {
        return DeliveryResponse.Page.from(webhooks.deliveries(actor, WebhookEndpointId.parse(webhookId), limit));
    }

    /** Accepted: the new attempt runs on the job queue; read the deliveries to see how it went. */
    @Post("/{webhookId}/deliveries/{deliveryId}/replay")
    @Status(HttpStatus.ACCEPTED)
    public DeliveryResponse replay(Actor actor, String webhookId, String deliveryId) {
        return DeliveryResponse.from(
                webhooks.replay(actor, WebhookEndpointId.parse(webhookId), WebhookDeliveryId.parse(deliveryId)));
    }
}
