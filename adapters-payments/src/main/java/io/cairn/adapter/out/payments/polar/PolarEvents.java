package io.cairn.adapter.out.payments.polar;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairn.adapter.out.payments.JsonBodies;
import io.cairn.adapter.out.payments.PlanCatalog;
import io.cairn.domain.billing.PaymentProvider;
import io.cairn.domain.billing.SubscriptionStatus;
import io.cairn.ports.out.payments.PaymentEvent;
import io.cairn.ports.out.payments.SubscriptionUpdate;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads Polar's webhook payloads ({@code {type, timestamp, data}}). Only {@code subscription.*} events carry a
 * subscription's state; the subscription's {@code modified_at} orders them, falling back to the payload's and then
 * the delivery's timestamp.
 */
final class PolarEvents {

    private final PlanCatalog products;

    PolarEvents(PlanCatalog products) {
        this.products = products;
    }

    PaymentEvent read(String eventId, Instant deliveredAt, byte[] body) {
        JsonNode root = JsonBodies.parse(body);
        String type = JsonBodies.text(root, "type").orElse("unknown");
        JsonNode data = root.path("data");
        Instant occurredAt = JsonBodies.isoInstant(data, "modified_at")
                .or(() -> JsonBodies.isoInstant(root, "timestamp"))
                .orElse(deliveredAt);
        Optional<SubscriptionUpdate> subscription = type.startsWith("subscription.")
                ? JsonBodies.text(data, "id").map(id -> update(id, data))
                : Optional.empty();
        return new PaymentEvent(PaymentProvider.POLAR, eventId, type, occurredAt, subscription);
    }

    private SubscriptionUpdate update(String id, JsonNode data) {
        return new SubscriptionUpdate(
                id,
                JsonBodies.organization(JsonBodies.text(data, "metadata", "organization_id")
                        .or(() -> JsonBodies.text(data, "customer", "external_id"))),
                SubscriptionStatus.fromProvider(JsonBodies.text(data, "status").orElse("")),
                JsonBodies.text(data, "product_id")
                        .or(() -> JsonBodies.text(data, "product", "id"))
                        .flatMap(products::planOf),
                JsonBodies.isoInstant(data, "current_period_start"),
                JsonBodies.isoInstant(data, "current_period_end"));
    }
}
