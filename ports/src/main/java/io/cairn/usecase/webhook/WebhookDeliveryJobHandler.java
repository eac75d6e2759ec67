package io.cairn.usecase.webhook;

import io.cairn.domain.webhook.DeliveryRetryPolicy;
import io.cairn.domain.webhook.DeliveryStatus;
import io.cairn.domain.webhook.WebhookDelivery;
import io.cairn.domain.webhook.WebhookDeliveryId;
import io.cairn.domain.webhook.WebhookEndpoint;
import io.cairn.ports.out.fetch.WebhookSenderPort;
import io.cairn.ports.out.jobs.Job;
import io.cairn.ports.out.jobs.JobHandler;
import io.cairn.ports.out.persistence.WebhookDeliveryRepository;
import io.cairn.ports.out.persistence.WebhookEndpointRepository;
import io.cairn.ports.out.time.ClockPort;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs queued webhook deliveries: one attempt per run, recorded before the run ends. A failed attempt with attempts
 * left throws, so the job queue runs it again after its own backoff (the policy mirrors the queue's settings, which
 * is what makes {@code nextAttemptAt} true); the last failed attempt marks the delivery failed and ends quietly.
 * A delivery no longer pending, or whose endpoint is gone, has nothing left to do.
 */
public final class WebhookDeliveryJobHandler implements JobHandler {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveryJobHandler.class);

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookAttempt attempt;

    public WebhookDeliveryJobHandler(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            WebhookSenderPort sender,
            DeliveryRetryPolicy policy,
            ClockPort clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.attempt = new WebhookAttempt(sender, policy, clock);
    }

    @Override
    public String kind() {
        return Job.WEBHOOK_DELIVERY;
    }

    @Override
    public void handle(Job job) {
        Optional<WebhookDelivery> found =
                deliveries.findById(job.organizationId(), WebhookDeliveryId.parse(job.subjectId()));
        if (found.isEmpty() || found.get().status() != DeliveryStatus.PENDING) {
            return;
        }
        WebhookDelivery delivery = found.get();
        Optional<WebhookEndpoint> endpoint = endpoints.findById(job.organizationId(), delivery.endpointId());
        if (endpoint.isEmpty()) {
            return;
        }
        WebhookDelivery after = attempt.run(endpoint.get(), delivery);
        deliveries.save(after);
        if (after.status() == DeliveryStatus.PENDING) {
            throw new WebhookDeliveryFailedException("webhook delivery " + delivery.id() + " attempt "
                    + after.attempts() + " failed: " + after.lastError().orElse(""));
        }
        if (after.status() == DeliveryStatus.FAILED) {
            LOG.warn(
                    "Webhook delivery {} to endpoint {} failed after {} attempts: {}",
                    after.id(),
                    after.endpointId(),
                    after.attempts(),
                    after.lastError().orElse(""));
        }
    }
}
