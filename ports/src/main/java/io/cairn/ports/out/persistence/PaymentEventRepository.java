package io.cairn.ports.out.persistence;

import io.cairn.ports.out.payments.PaymentEvent;
import java.time.Instant;

/**
 * Driven port: remembers every payment event received, unique per provider and event id, so a redelivered event
 * is recognised. Written by webhooks, which arrive with no tenant: a system table.
 */
public interface PaymentEventRepository {

    /**
     * Records the event unless it is already recorded; true when this call recorded it. Inside a transaction, a
     * concurrent recording of the same event waits for the other transaction or fails, never records twice.
     */
    boolean recordIfNew(PaymentEvent event, Instant receivedAt);

    boolean exists(PaymentEvent event);
}
