package io.cairn.domain.webhook;

import io.cairn.domain.common.Ids;
import java.util.UUID;

/** Identifies one delivery: one event sent to one endpoint, however many attempts it takes. */
public record WebhookDeliveryId(UUID value) {

    public WebhookDeliveryId {
        Ids.require(value, "webhook_delivery");
    }

    public static WebhookDeliveryId random() {
        return new WebhookDeliveryId(UUID.randomUUID());
    }

    public static WebhookDeliveryId parse(String text) {
        return new WebhookDeliveryId(Ids.parse("webhook_delivery", text));
    }

    /** The Standard Webhooks message id ({@code webhook-id} header): the same for every attempt of this delivery. */
    public String messageId() {
        return "msg_" + value.toString().replace("-", "");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
