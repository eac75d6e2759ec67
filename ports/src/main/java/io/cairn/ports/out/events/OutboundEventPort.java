package io.cairn.ports.out.events;

import io.cairn.domain.event.OutboundEvent;

/**
 * Driven port: hands an event to the customer's webhook endpoints. Called inside the transaction of the change it
 * reports, so an event is recorded exactly when its change commits; delivery happens later, with retries.
 */
public interface OutboundEventPort {

    void publish(OutboundEvent event);

    /** Publishes nothing: for hosts and tests without outbound webhooks. */
    OutboundEventPort NONE = event -> {};
}
