package io.cairn.host.server;

import io.cairn.adapter.out.jdbc.jobs.JobQueueSettings;
import io.cairn.domain.webhook.DeliveryRetryPolicy;
import io.cairn.ports.in.webhook.ManageWebhooksUseCase;
import io.cairn.ports.out.events.OutboundEventPort;
import io.cairn.ports.out.fetch.PageFetcherPort;
import io.cairn.ports.out.fetch.WebhookSenderPort;
import io.cairn.ports.out.jobs.JobHandler;
import io.cairn.ports.out.jobs.JobQueuePort;
import io.cairn.ports.out.persistence.WebhookDeliveryRepository;
import io.cairn.ports.out.persistence.WebhookEndpointRepository;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.webhook.ManageWebhooksService;
import io.cairn.usecase.webhook.WebhookDeliveryJobHandler;
import io.cairn.usecase.webhook.WebhookEventPublisher;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Builds outbound webhooks: the event publisher the use cases report to, endpoint management, and the delivery job
 * handler. A delivery gets as many attempts as any job ({@code 1 + cairn.jobs.max-retries}) with the queue's own
 * backoff, so the attempts and next-attempt times it records are the queue's.
 */
@Factory
class WebhookFactory {

    @Singleton
    OutboundEventPort outboundEvents(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            JobQueuePort jobs,
            ClockPort clock) {
        return new WebhookEventPublisher(endpoints, deliveries, jobs, clock);
    }

    @Singleton
    ManageWebhooksUseCase manageWebhooks(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            WorkspaceRepository workspaces,
            PageFetcherPort fetcher,
            JobQueuePort jobs,
            ClockPort clock) {
        return new ManageWebhooksService(endpoints, deliveries, workspaces, fetcher, jobs, clock);
    }

    @Singleton
    @Named("webhook-deliveries")
    JobHandler webhookDeliveries(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            WebhookSenderPort sender,
            JobQueueSettings jobs,
            ClockPort clock) {
        var policy = new DeliveryRetryPolicy(jobs.maxRetries() + 1, jobs.backoff(), jobs.backoffMultiplier());
        return new WebhookDeliveryJobHandler(endpoints, deliveries, sender, policy, clock);
    }
}
