package io.cairn.usecase.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.event.EventTypes;
import io.cairn.domain.event.OutboundEvent;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.UserId;
import io.cairn.domain.tenant.Workspace;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.domain.webhook.DeliveryRetryPolicy;
import io.cairn.domain.webhook.DeliveryStatus;
import io.cairn.domain.webhook.StandardWebhookSignature;
import io.cairn.domain.webhook.WebhookDelivery;
import io.cairn.domain.webhook.WebhookEndpoint;
import io.cairn.ports.fakes.FakeWebhookSender;
import io.cairn.ports.fakes.InMemoryWebhookDeliveryRepository;
import io.cairn.ports.fakes.InMemoryWebhookEndpointRepository;
import io.cairn.ports.fakes.InMemoryWorkspaceRepository;
import io.cairn.ports.fakes.MutableClock;
import io.cairn.ports.fakes.RecordingJobQueue;
import io.cairn.ports.in.webhook.RegisterWebhookCommand;
import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.PageFetcherPort;
import io.cairn.ports.out.jobs.Job;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookServicesTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryWorkspaceRepository workspaces = new InMemoryWorkspaceRepository();
    private final InMemoryWebhookDeliveryRepository deliveries = new InMemoryWebhookDeliveryRepository();
    private final InMemoryWebhookEndpointRepository endpoints = new InMemoryWebhookEndpointRepository(deliveries);
    private final RecordingJobQueue jobs = new RecordingJobQueue();
    private final FakeWebhookSender receiver = new FakeWebhookSender();
    private final PageFetcherPort fetcher = new PageFetcherPort() {
        @Override
        public io.cairn.ports.out.fetch.FetchedPage fetch(URI uri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void vet(URI uri) {
            if (uri.getHost().startsWith("10.")) {
                throw new FetchFailedException(
                        FetchFailedException.Reason.BLOCKED_BY_SSRF_GUARD, "address 10.0.0.5 is private");
            }
        }
    };
    private final ManageWebhooksService manage =
            new ManageWebhooksService(endpoints, deliveries, workspaces, fetcher, jobs, clock);
    private final WebhookEventPublisher publisher = new WebhookEventPublisher(endpoints, deliveries, jobs, clock);
    private final WebhookDeliveryJobHandler handler = new WebhookDeliveryJobHandler(
            endpoints, deliveries, receiver, new DeliveryRetryPolicy(3, Duration.ofSeconds(5), 5), clock);

    private final OrganizationId org = OrganizationId.random();
    private final Workspace workspace = new Workspace(WorkspaceId.random(), org, "Main", clock.now());
    private final Actor owner = Actor.member(UserId.random(), org, Role.OWNER);

    WebhookServicesTest() {
        workspaces.save(workspace);
    }

    @Test
    void should_sign_each_attempt_and_record_three_attempts_when_the_endpoint_fails_twice() {
        // given
        receiver.answering(500, 0, 204);
        WebhookEndpoint endpoint = register(List.of(EventTypes.LEAD_CREATED));
        // when
        publisher.publish(lead(Optional.of(workspace.id())));
        runUntilQuiet();
        // then
        List<WebhookDelivery> recorded = manage.deliveries(owner, endpoint.id(), 10);
        assertThat(recorded).hasSize(1);
        WebhookDelivery delivery = recorded.get(0);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.lastStatusCode()).contains(204);
        assertThat(receiver.sent()).hasSize(3).allSatisfy(sent -> {
            assertThat(sent.headers()).containsEntry("webhook-id", delivery.id().messageId());
            long timestamp = Long.parseLong(sent.headers().get("webhook-timestamp"));
            assertThat(sent.headers().get("webhook-signature"))
                    .isEqualTo(StandardWebhookSignature.sign(
                            endpoint.secret(), delivery.id().messageId(), timestamp, sent.body()));
            assertThat(sent.body()).contains("\"type\":\"lead.created\"", "\"email\":\"ada@example.com\"");
        });
    }

    @Test
    void should_mark_the_delivery_failed_with_the_last_error_when_every_attempt_fails() {
        // given
        receiver.answering(500, 502, 503, 200);
        WebhookEndpoint endpoint = register(List.of(EventTypes.LEAD_CREATED));
        // when
        publisher.publish(lead(Optional.of(workspace.id())));
        runUntilQuiet();
        // then
        WebhookDelivery delivery = manage.deliveries(owner, endpoint.id(), 10).get(0);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.lastError()).contains("HTTP 503: boom");
        assertThat(receiver.sent()).hasSize(3);
    }

    @Test
    void should_send_again_with_the_same_message_id_when_a_failed_delivery_is_replayed() {
        // given
        receiver.answering(500, 500, 500);
        WebhookEndpoint endpoint = register(List.of(EventTypes.LEAD_CREATED));
        publisher.publish(lead(Optional.of(workspace.id())));
        runUntilQuiet();
        WebhookDelivery failed = manage.deliveries(owner, endpoint.id(), 10).get(0);
        // when
        manage.replay(owner, endpoint.id(), failed.id());
        runUntilQuiet();
        // then
        WebhookDelivery after = manage.deliveries(owner, endpoint.id(), 10).get(0);
        assertThat(after.status()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThat(after.attempts()).isEqualTo(4);
        assertThat(receiver.sent()).hasSize(4);
        assertThat(receiver.sent().get(3).headers().get("webhook-id"))
                .isEqualTo(failed.id().messageId());
        assertThat(receiver.sent().get(3).body())
                .isEqualTo(receiver.sent().get(0).body());
    }

    @Test
    void should_deliver_only_to_subscribed_endpoints_of_the_events_workspace() {
        // given
        WebhookEndpoint leads = register(List.of(EventTypes.LEAD_CREATED));
        WebhookEndpoint syncs = register(List.of(EventTypes.SOURCE_SYNC_COMPLETED));
        Workspace other = new Workspace(WorkspaceId.random(), org, "Other", clock.now());
        workspaces.save(other);
        WebhookEndpoint elsewhere = manage.register(
                owner,
                new RegisterWebhookCommand(other.id(), "https://hooks.example.com/other", List.of("lead.created")));
        // when
        publisher.publish(lead(Optional.of(workspace.id())));
        // then
        assertThat(deliveries.all()).extracting(WebhookDelivery::endpointId).containsExactly(leads.id());
        assertThat(jobs.pending()).extracting(Job::kind).containsExactly(Job.WEBHOOK_DELIVERY);
        assertThat(manage.deliveries(owner, syncs.id(), 10)).isEmpty();
        assertThat(manage.deliveries(owner, elsewhere.id(), 10)).isEmpty();
    }

    @Test
    void should_deliver_an_organization_wide_event_to_every_subscribed_endpoint() {
        // given
        register(List.of(EventTypes.USAGE_THRESHOLD_REACHED));
        register(List.of(EventTypes.USAGE_THRESHOLD_REACHED, EventTypes.LEAD_CREATED));
        // when
        publisher.publish(new OutboundEvent(
                EventTypes.USAGE_THRESHOLD_REACHED, org, Optional.empty(), Map.of("percent", 80), clock.now()));
        // then
        assertThat(deliveries.all()).hasSize(2);
    }

    @Test
    void should_refuse_registration_when_the_url_is_private_the_type_unknown_or_the_actor_no_admin() {
        assertThatThrownBy(() -> manage.register(
                        owner,
                        new RegisterWebhookCommand(workspace.id(), "http://10.0.0.5/hook", List.of("lead.created"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("blocked_by_ssrf_guard");
        assertThatThrownBy(() -> manage.register(
                        owner,
                        new RegisterWebhookCommand(
                                workspace.id(), "ftp://hooks.example.com/", List.of("lead.created"))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(
                        () -> new RegisterWebhookCommand(workspace.id(), "https://x.example.com", List.of("lead.lost")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("lead.lost");
        Actor editor = Actor.member(UserId.random(), org, Role.EDITOR);
        assertThatThrownBy(() -> manage.register(
                        editor,
                        new RegisterWebhookCommand(workspace.id(), "https://x.example.com", List.of("lead.created"))))
                .isInstanceOf(ForbiddenException.class);
        assertThat(endpoints.listByOrganization(org)).isEmpty();
    }

    @Test
    void should_not_find_another_tenants_endpoint_workspace_or_delivery() {
        // given
        WebhookEndpoint endpoint = register(List.of(EventTypes.LEAD_CREATED));
        publisher.publish(lead(Optional.of(workspace.id())));
        WebhookDelivery delivery = deliveries.all().get(0);
        Actor stranger = Actor.member(UserId.random(), OrganizationId.random(), Role.OWNER);
        // when / then
        assertThatThrownBy(() -> manage.deliveries(stranger, endpoint.id(), 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> manage.replay(stranger, endpoint.id(), delivery.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> manage.delete(stranger, endpoint.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> manage.register(
                        stranger,
                        new RegisterWebhookCommand(workspace.id(), "https://x.example.com", List.of("lead.created"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(manage.list(owner, Optional.empty())).containsExactly(endpoint);
    }

    private WebhookEndpoint register(List<String> events) {
        return manage.register(
                owner, new RegisterWebhookCommand(workspace.id(), "https://hooks.example.com/cairn", events));
    }

    private OutboundEvent lead(Optional<WorkspaceId> in) {
        return new OutboundEvent(
                EventTypes.LEAD_CREATED, org, in, Map.of("name", "Ada", "email", "ada@example.com"), clock.now());
    }

    /** Runs queued deliveries the way the job queue does: a thrown failure schedules the job again. */
    private void runUntilQuiet() {
        for (int round = 0; round < 10 && !jobs.pending().isEmpty(); round++) {
            List<Job> due = jobs.pending();
            RecordingJobQueue retries = new RecordingJobQueue();
            for (Job job : due) {
                try {
                    handler.handle(job);
                } catch (WebhookDeliveryFailedException e) {
                    retries.enqueue(job);
                }
            }
            jobs.runAll(new io.cairn.ports.out.jobs.JobHandler() {
                @Override
                public String kind() {
                    return Job.WEBHOOK_DELIVERY;
                }

                @Override
                public void handle(Job job) {}
            });
            retries.pending().forEach(jobs::enqueue);
            clock.advance(Duration.ofMinutes(5));
        }
    }
}
