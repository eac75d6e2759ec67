package io.cairn.ports.out.persistence;

import static io.cairn.ports.out.persistence.PersistenceFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.event.EventTypes;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.domain.webhook.DeliveryRetryPolicy;
import io.cairn.domain.webhook.DeliveryStatus;
import io.cairn.domain.webhook.WebhookDelivery;
import io.cairn.domain.webhook.WebhookEndpoint;
import io.cairn.domain.webhook.WebhookEndpointId;
import io.cairn.domain.webhook.WebhookSecret;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every webhook endpoint and delivery repository shares: the in-memory fakes and each database adapter
 * extend it. Endpoints are saved before their deliveries, as a database with a foreign key needs.
 */
public abstract class WebhookRepositoriesContract {

    private final OrganizationId orgA = OrganizationId.random();
    private final OrganizationId orgB = OrganizationId.random();
    private WebhookEndpointRepository endpoints;
    private WebhookDeliveryRepository deliveries;

    protected abstract WebhookEndpointRepository newEndpoints();

    protected abstract WebhookDeliveryRepository newDeliveries();

    @BeforeEach
    void createRepositories() {
        endpoints = newEndpoints();
        deliveries = newDeliveries();
    }

    @Test
    void should_read_back_endpoints_of_the_tenant_only_when_listed_or_found() {
        // given
        WebhookEndpoint first = endpoint(orgA, 1);
        WebhookEndpoint second = endpoint(orgA, 2);
        WebhookEndpoint foreign = endpoint(orgB, 3);
        // when
        endpoints.save(second);
        endpoints.save(first);
        endpoints.save(foreign);
        // then
        assertThat(endpoints.listByOrganization(orgA)).containsExactly(first, second);
        assertThat(endpoints.findById(orgA, first.id())).contains(first);
        assertThat(endpoints.findById(orgB, first.id())).isEmpty();
    }

    @Test
    void should_delete_an_endpoint_with_its_deliveries_and_never_another_tenants() {
        // given
        WebhookEndpoint mine = endpoint(orgA, 1);
        endpoints.save(mine);
        WebhookDelivery delivery = delivery(mine, 2);
        deliveries.save(delivery);
        // when
        boolean byOther = endpoints.delete(orgB, mine.id());
        boolean byOwner = endpoints.delete(orgA, mine.id());
        // then
        assertThat(byOther).isFalse();
        assertThat(byOwner).isTrue();
        assertThat(endpoints.findById(orgA, mine.id())).isEmpty();
        assertThat(deliveries.findById(orgA, delivery.id())).isEmpty();
    }

    @Test
    void should_record_each_attempt_and_list_newest_first_when_a_delivery_is_saved_again() {
        // given
        WebhookEndpoint endpoint = endpoint(orgA, 1);
        endpoints.save(endpoint);
        WebhookDelivery older = delivery(endpoint, 2);
        WebhookDelivery newer = delivery(endpoint, 3);
        deliveries.save(older);
        deliveries.save(newer);
        var policy = new DeliveryRetryPolicy(3, Duration.ofSeconds(5), 5);
        // when
        WebhookDelivery failedOnce = older.failedAttempt(Optional.of(500), "HTTP 500: oops", at(4), policy);
        deliveries.save(failedOnce);
        WebhookDelivery done = failedOnce.succeeded(204, at(9));
        deliveries.save(done);
        // then
        assertThat(deliveries.findById(orgA, older.id())).contains(done);
        assertThat(deliveries.findById(orgB, older.id())).isEmpty();
        assertThat(deliveries.latestByEndpoint(orgA, endpoint.id(), 10)).containsExactly(newer, done);
        assertThat(deliveries.latestByEndpoint(orgA, endpoint.id(), 1)).containsExactly(newer);
        assertThat(deliveries.latestByEndpoint(orgB, endpoint.id(), 10)).isEmpty();
        assertThat(done.status()).isEqualTo(DeliveryStatus.SUCCEEDED);
    }

    @Test
    void should_keep_the_error_status_and_next_attempt_when_an_attempt_failed() {
        // given
        WebhookEndpoint endpoint = endpoint(orgA, 1);
        endpoints.save(endpoint);
        var policy = new DeliveryRetryPolicy(3, Duration.ofSeconds(5), 5);
        WebhookDelivery failed =
                delivery(endpoint, 2).failedAttempt(Optional.empty(), "timeout: took too long", at(3), policy);
        // when
        deliveries.save(failed);
        // then
        WebhookDelivery read = deliveries.findById(orgA, failed.id()).orElseThrow();
        assertThat(read).isEqualTo(failed);
        assertThat(read.nextAttemptAt()).contains(at(8));
    }

    private static WebhookEndpoint endpoint(OrganizationId org, int second) {
        return new WebhookEndpoint(
                WebhookEndpointId.random(),
                org,
                WorkspaceId.random(),
                "https://hooks.example.com/" + second,
                List.of(EventTypes.LEAD_CREATED, EventTypes.SOURCE_SYNC_FAILED),
                WebhookSecret.generate(),
                true,
                at(second));
    }

    private static WebhookDelivery delivery(WebhookEndpoint endpoint, int second) {
        return WebhookDelivery.pending(
                endpoint.organizationId(),
                endpoint.id(),
                UUID.randomUUID(),
                EventTypes.LEAD_CREATED,
                "{\"type\":\"lead.created\",\"data\":{\"name\":\"Zoë\"}}",
                at(second));
    }
}
