package io.cairn.adapter.in.http.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.domain.webhook.WebhookDelivery;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** One delivery of an event to an endpoint: its state, attempts and the outcome of the latest attempt. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeliveryResponse(
        String id,
        String webhookId,
        String messageId,
        String eventId,
        String type,
        String status,
        int attempts,
        String lastError,
        Integer lastStatusCode,
        String nextAttemptAt,
        String createdAt,
        String updatedAt) {

    static DeliveryResponse from(WebhookDelivery d) {
        return new DeliveryResponse(
                d.id().toString(),
                d.endpointId().toString(),
                d.id().messageId(),
                d.eventId().toString(),
                d.eventType(),
                d.status().wireName(),
                d.attempts(),
                d.lastError().orElse(null),
                d.lastStatusCode().orElse(null),
                d.nextAttemptAt().map(Instant::toString).orElse(null),
                d.createdAt().toString(),
                d.updatedAt().toString());
    }

    /** A list of deliveries, newest first; an empty one is {@code "items": []}, not a missing field. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Page(List<DeliveryResponse> items) {

        static Page from(List<WebhookDelivery> deliveries) {
            return new Page(deliveries.stream().map(DeliveryResponse::from).toList());
        }
    }
}
