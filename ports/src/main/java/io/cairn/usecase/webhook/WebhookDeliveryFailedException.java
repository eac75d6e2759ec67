package io.cairn.usecase.webhook;

/** An attempt failed and the delivery has attempts left: thrown so the job queue retries it after its backoff. */
public final class WebhookDeliveryFailedException extends RuntimeException {

    public WebhookDeliveryFailedException(String message) {
        super(message);
    }
}
