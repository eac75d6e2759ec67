package io.cairn.adapter.out.jdbc.webhook;

import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.adapter.out.jdbc.support.OwnedRows;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.domain.webhook.WebhookEndpoint;
import io.cairn.domain.webhook.WebhookEndpointId;
import io.cairn.domain.webhook.WebhookSecret;
import io.cairn.ports.out.persistence.WebhookEndpointRepository;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Driven adapter: stores customers' webhook endpoints, with their signing secrets, in the relational database. */
@Singleton
@TenantScoped
public class JdbcWebhookEndpointRepository implements WebhookEndpointRepository {

    private final WebhookEndpointRows rows;

    JdbcWebhookEndpointRepository(WebhookEndpointRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(WebhookEndpoint endpoint) {
        WebhookEndpointRow row = new WebhookEndpointRow(
                endpoint.id().value(),
                endpoint.organizationId().value(),
                endpoint.workspaceId().value(),
                endpoint.url(),
                String.join(",", endpoint.eventTypes()),
                endpoint.secret().value(),
                endpoint.enabled(),
                Keyset.stored(endpoint.createdAt()));
        OwnedRows.save(
                "webhook endpoint",
                row.id(),
                () -> rows.updateOwned(row.id(), row.organizationId(), row.url(), row.eventTypes(), row.enabled()),
                () -> rows.existsById(row.id()),
                () -> rows.save(row));
    }

    @Override
    public Optional<WebhookEndpoint> findById(OrganizationId organization, WebhookEndpointId id) {
        return rows.findByIdAndOrganizationId(id.value(), organization.value())
                .map(JdbcWebhookEndpointRepository::toDomain);
    }

    @Override
    public List<WebhookEndpoint> listByOrganization(OrganizationId organization) {
        return rows.listByOrganization(organization.value()).stream()
                .map(JdbcWebhookEndpointRepository::toDomain)
                .toList();
    }

    @Override
    public boolean delete(OrganizationId organization, WebhookEndpointId id) {
        return rows.deleteOwned(id.value(), organization.value()) > 0;
    }

    private static WebhookEndpoint toDomain(WebhookEndpointRow r) {
        return new WebhookEndpoint(
                new WebhookEndpointId(r.id()),
                new OrganizationId(r.organizationId()),
                new WorkspaceId(r.workspaceId()),
                r.url(),
                Arrays.asList(r.eventTypes().split(",")),
                new WebhookSecret(r.secret()),
                r.enabled(),
                r.createdAt());
    }
}
