package io.cairn.adapter.in.http.webhook;

import io.cairn.domain.webhook.WebhookEndpoint;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A webhook endpoint as listed: never with its secret, which only the registration answer shows. */
@Serdeable
public record WebhookEndpointResponse(
        String id, String workspaceId, String url, List<String> events, boolean enabled, String createdAt) {

    static WebhookEndpointResponse from(WebhookEndpoint e) {
        return new WebhookEndpointResponse(
                e.id().toString(),
                e.workspaceId().toString(),
                e.url(),
                e.eventTypes(),
                e.enabled(),
                e.createdAt().toString());
    }
}
