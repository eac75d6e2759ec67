package io.cairn.ports.in.billing;

/**
 * Use case: a payment provider reports a change by webhook. Verified, recorded once per event id, and applied to
 * the organization's plan unless a newer event for the same subscription was applied already.
 */
public interface HandlePaymentWebhookUseCase {

    WebhookOutcome handle(PaymentWebhook webhook);
}
