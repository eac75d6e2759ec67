package io.cairn.domain.webhook;

import io.cairn.domain.common.Ids;
import java.util.UUID;

/** Identifies a customer's webhook endpoint. */
public record WebhookEndpointId(UUID value) {

    public WebhookEndpointId {
        Ids.require(value, "webhook");
    }

    public static WebhookEndpointId random() {
        return new WebhookEndpointId(UUID.randomUUID());
    }

    public static WebhookEndpointId parse(String text) {
        return new WebhookEndpointId(Ids.parse("webhook", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
