package io.cairn.adapter.out.payments.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairn.adapter.out.payments.JsonBodies;
import io.cairn.adapter.out.payments.PlanCatalog;
import io.cairn.domain.billing.PaymentProvider;
import io.cairn.domain.billing.SubscriptionStatus;
import io.cairn.domain.error.ValidationException;
import io.cairn.ports.out.payments.PaymentEvent;
import io.cairn.ports.out.payments.SubscriptionUpdate;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads Stripe's event objects ({@code {id, type, created, data:{object}}}). Only {@code customer.subscription.*}
 * events carry a subscription's state, and the event's {@code created} orders them. The organization comes from
 * the subscription's metadata, which the checkout set through {@code subscription_data[metadata]}.
 */
final class StripeEvents {

    private final PlanCatalog prices;

    StripeEvents(PlanCatalog prices) {
        this.prices = prices;
    }

    PaymentEvent read(byte[] body) {
        JsonNode root = JsonBodies.parse(body);
        String id = JsonBodies.text(root, "id").orElseThrow(() -> new ValidationException("id", "is missing"));
        String type = JsonBodies.text(root, "type").orElse("unknown");
        Instant created = JsonBodies.epochInstant(root, "created")
                .orElseThrow(() -> new ValidationException("created", "is missing"));
        JsonNode object = root.path("data").path("object");
        Optional<SubscriptionUpdate> subscription = type.startsWith("customer.subscription.")
                ? JsonBodies.text(object, "id").map(subscriptionId -> update(subscriptionId, object))
                : Optional.empty();
        return new PaymentEvent(PaymentProvider.STRIPE, id, type, created, subscription);
    }

    private SubscriptionUpdate update(String id, JsonNode object) {
        JsonNode item = object.path("items").path("data").path(0);
        return new SubscriptionUpdate(
                id,
                JsonBodies.organization(JsonBodies.text(object, "metadata", "organization_id")),
                SubscriptionStatus.fromProvider(
                        JsonBodies.text(object, "status").orElse("")),
                JsonBodies.text(item, "price", "id").flatMap(prices::planOf),
                // Newer API versions keep the period on the item, older ones on the subscription.
                JsonBodies.epochInstant(object, "current_period_start")
                        .or(() -> JsonBodies.epochInstant(item, "current_period_start")),
                JsonBodies.epochInstant(object, "current_period_end")
                        .or(() -> JsonBodies.epochInstant(item, "current_period_end")));
    }
}
