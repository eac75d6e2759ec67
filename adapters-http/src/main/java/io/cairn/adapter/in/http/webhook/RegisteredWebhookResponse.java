package io.cairn.adapter.in.http.webhook;

import io.cairn.domain.webhook.WebhookEndpoint;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Answer of {@code POST /webhooks}: the only response that ever carries the endpoint's signing secret. */
@Serdeable
public record RegisteredWebhookResponse(
        String id,
        String workspaceId,
        String url,
        List<String> events,
        boolean enabled,
        String createdAt,
        String secret) {

    static RegisteredWebhookResponse from(WebhookEndpoint e) {
        return new RegisteredWebhookResponse(
                e.id().toString(),
                e.workspaceId().toString(),
                e.url(),
                e.eventTypes(),
                e.enabled(),
                e.createdAt().toString(),
                e.secret().value());
    }

    @Override
    public String toString() {
        return "RegisteredWebhookResponse[id=" + id + "]";
    }
}
