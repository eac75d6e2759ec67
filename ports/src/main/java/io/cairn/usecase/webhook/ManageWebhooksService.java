package io.cairn.usecase.webhook;

import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Workspace;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.domain.webhook.WebhookDelivery;
import io.cairn.domain.webhook.WebhookDeliveryId;
import io.cairn.domain.webhook.WebhookEndpoint;
import io.cairn.domain.webhook.WebhookEndpointId;
import io.cairn.domain.webhook.WebhookSecret;
import io.cairn.ports.in.webhook.ManageWebhooksUseCase;
import io.cairn.ports.in.webhook.RegisterWebhookCommand;
import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.PageFetcherPort;
import io.cairn.ports.out.jobs.Job;
import io.cairn.ports.out.jobs.JobQueuePort;
import io.cairn.ports.out.persistence.WebhookDeliveryRepository;
import io.cairn.ports.out.persistence.WebhookEndpointRepository;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.time.ClockPort;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Registers (URL vetted by the guarded fetcher first), lists and deletes webhook endpoints for owners and admins;
 * reads an endpoint's deliveries and replays one through the job queue.
 */
public final class ManageWebhooksService implements ManageWebhooksUseCase {

    public static final int MAX_DELIVERIES = 100;

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WorkspaceRepository workspaces;
    private final PageFetcherPort fetcher;
    private final JobQueuePort jobs;
    private final ClockPort clock;

    public ManageWebhooksService(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            WorkspaceRepository workspaces,
            PageFetcherPort fetcher,
            JobQueuePort jobs,
            ClockPort clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.workspaces = workspaces;
        this.fetcher = fetcher;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public WebhookEndpoint register(Actor actor, RegisterWebhookCommand command) {
        requireManager(actor);
        Workspace workspace = workspaces
                .findById(actor.organizationId(), command.workspaceId())
                .orElseThrow(() -> new NotFoundException("workspace", command.workspaceId()));
        String url = vetted(command.url());
        WebhookEndpoint endpoint = new WebhookEndpoint(
                WebhookEndpointId.random(),
                workspace.organizationId(),
                workspace.id(),
                url,
                command.events(),
                WebhookSecret.generate(),
                true,
                clock.now());
        endpoints.save(endpoint);
        return endpoint;
    }

    @Override
    public List<WebhookEndpoint> list(Actor actor, Optional<WorkspaceId> workspace) {
        requireManager(actor);
        return endpoints.listByOrganization(actor.organizationId()).stream()
                .filter(e -> workspace.map(e.workspaceId()::equals).orElse(true))
                .toList();
    }

    @Override
    public void delete(Actor actor, WebhookEndpointId id) {
        requireManager(actor);
        if (!endpoints.delete(actor.organizationId(), id)) {
            throw new NotFoundException("webhook", id);
        }
    }

    @Override
    public List<WebhookDelivery> deliveries(Actor actor, WebhookEndpointId id, int limit) {
        WebhookEndpoint endpoint = own(actor, id);
        int capped = Math.max(1, Math.min(limit, MAX_DELIVERIES));
        return deliveries.latestByEndpoint(actor.organizationId(), endpoint.id(), capped);
    }

    @Override
    public WebhookDelivery replay(Actor actor, WebhookEndpointId id, WebhookDeliveryId deliveryId) {
        WebhookEndpoint endpoint = own(actor, id);
        WebhookDelivery delivery = deliveries
                .findById(actor.organizationId(), deliveryId)
                .filter(d -> d.endpointId().equals(endpoint.id()))
                .orElseThrow(() -> new NotFoundException("webhook_delivery", deliveryId));
        WebhookDelivery replayed = delivery.replayed(clock.now());
        deliveries.save(replayed);
        jobs.enqueue(new Job(
                Job.WEBHOOK_DELIVERY, actor.organizationId(), replayed.id().toString()));
        return replayed;
    }

    private WebhookEndpoint own(Actor actor, WebhookEndpointId id) {
        requireManager(actor);
        return endpoints.findById(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("webhook", id));
    }

    private static void requireManager(Actor actor) {
        if (!actor.role().canManageMembers()) {
            throw new ForbiddenException("Only owners and admins can manage webhooks");
        }
    }

    private String vetted(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ValidationException("url", "must be an absolute http(s) URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new ValidationException("url", "must be an absolute http(s) URL");
        }
        try {
            fetcher.vet(uri);
        } catch (FetchFailedException e) {
            throw new ValidationException("url", e.reason().code() + ": " + e.getMessage());
        }
        return uri.toString();
    }
}
