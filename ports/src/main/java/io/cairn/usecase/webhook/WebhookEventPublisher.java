package io.cairn.usecase.webhook;

import io.cairn.domain.event.OutboundEvent;
import io.cairn.domain.webhook.WebhookDelivery;
import io.cairn.domain.webhook.WebhookEndpoint;
import io.cairn.domain.webhook.WebhookPayload;
import io.cairn.ports.out.events.OutboundEventPort;
import io.cairn.ports.out.jobs.Job;
import io.cairn.ports.out.jobs.JobQueuePort;
import io.cairn.ports.out.persistence.WebhookDeliveryRepository;
import io.cairn.ports.out.persistence.WebhookEndpointRepository;
import io.cairn.ports.out.time.ClockPort;
import java.util.UUID;

/**
 * Records an event as one pending delivery per subscribed endpoint, in the caller's transaction, and queues a
 * delivery job for each; the queue schedules it only once that transaction commits. An event nobody subscribed to
 * leaves no trace.
 */
public final class WebhookEventPublisher implements OutboundEventPort {

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final JobQueuePort jobs;
    private final ClockPort clock;

    public WebhookEventPublisher(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            JobQueuePort jobs,
            ClockPort clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void publish(OutboundEvent event) {
        UUID eventId = UUID.randomUUID();
        String payload = null;
        for (WebhookEndpoint endpoint : endpoints.listByOrganization(event.organizationId())) {
            if (!endpoint.subscribesTo(event.type()) || !inScope(endpoint, event)) {
                continue;
            }
            payload = payload == null ? WebhookPayload.of(event) : payload;
            WebhookDelivery delivery = WebhookDelivery.pending(
                    event.organizationId(), endpoint.id(), eventId, event.type(), payload, clock.now());
            deliveries.save(delivery);
            jobs.enqueue(new Job(
                    Job.WEBHOOK_DELIVERY, event.organizationId(), delivery.id().toString()));
        }
    }

    /** A workspace's event goes to that workspace's endpoints; an organization-wide one to all of them. */
    private static boolean inScope(WebhookEndpoint endpoint, OutboundEvent event) {
        return event.workspaceId().map(endpoint.workspaceId()::equals).orElse(true);
    }
}
