package io.cairn.usecase.webhook;

import io.cairn.domain.webhook.DeliveryRetryPolicy;
import io.cairn.domain.webhook.StandardWebhookSignature;
import io.cairn.domain.webhook.WebhookDelivery;
import io.cairn.domain.webhook.WebhookEndpoint;
import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.WebhookResponse;
import io.cairn.ports.out.fetch.WebhookSenderPort;
import io.cairn.ports.out.time.ClockPort;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Makes one attempt of a delivery: signs its stored body with a fresh timestamp under its stable message id, POSTs it,
 * and answers the delivery as it stands afterwards (succeeded, pending with a backoff, or failed).
 */
final class WebhookAttempt {

    static final String USER_AGENT = "Cairn-Webhooks/1";

    private final WebhookSenderPort sender;
    private final DeliveryRetryPolicy policy;
    private final ClockPort clock;

    WebhookAttempt(WebhookSenderPort sender, DeliveryRetryPolicy policy, ClockPort clock) {
        this.sender = sender;
        this.policy = policy;
        this.clock = clock;
    }

    WebhookDelivery run(WebhookEndpoint endpoint, WebhookDelivery delivery) {
        long timestamp = clock.now().getEpochSecond();
        String messageId = delivery.id().messageId();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", messageId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put(
                "webhook-signature",
                StandardWebhookSignature.sign(endpoint.secret(), messageId, timestamp, delivery.payload()));
        headers.put("content-type", "application/json");
        headers.put("user-agent", USER_AGENT);
        try {
            WebhookResponse response = sender.post(URI.create(endpoint.url()), headers, delivery.payload());
            if (response.received()) {
                return delivery.succeeded(response.status(), clock.now());
            }
            String error = "HTTP " + response.status()
                    + (response.bodyExcerpt().isBlank() ? "" : ": " + response.bodyExcerpt());
            return delivery.failedAttempt(Optional.of(response.status()), error, clock.now(), policy);
        } catch (FetchFailedException e) {
            return delivery.failedAttempt(
                    Optional.empty(), e.reason().code() + ": " + e.getMessage(), clock.now(), policy);
        }
    }
}
