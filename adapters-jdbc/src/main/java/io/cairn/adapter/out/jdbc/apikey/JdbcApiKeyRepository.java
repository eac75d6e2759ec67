package io.cairn.adapter.out.jdbc.apikey;

import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.adapter.out.jdbc.support.OwnedRows;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.apikey.ApiKey;
import io.cairn.domain.apikey.ApiKeyId;
import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.UserId;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.ports.out.persistence.ApiKeyRepository;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Driven adapter: stores API keys, with the hash of their secret, in the relational database. */
@Singleton
@TenantScoped
public class JdbcApiKeyRepository implements ApiKeyRepository {

    private final ApiKeyRows rows;

    JdbcApiKeyRepository(ApiKeyRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(ApiKey key) {
        ApiKeyRow row = toRow(key);
        OwnedRows.save(
                "api key",
                row.id(),
                () -> rows.updateOwned(
                        row.id(), row.organizationId(), row.name(), row.scopes(), row.revokedAt(), row.lastUsedAt()),
                () -> rows.existsById(row.id()),
                () -> rows.save(row));
    }

    @Override
    public Optional<ApiKey> findById(OrganizationId organization, ApiKeyId id) {
        return rows.findByIdAndOrganizationId(id.value(), organization.value()).map(JdbcApiKeyRepository::toDomain);
    }

    @Override
    public Optional<ApiKey> findByHash(String hash) {
        return rows.findByHash(hash).map(JdbcApiKeyRepository::toDomain);
    }

    @Override
    public List<ApiKey> listByOrganization(OrganizationId organization) {
        return rows.listByOrganization(organization.value()).stream()
                .map(JdbcApiKeyRepository::toDomain)
                .toList();
    }

    @Override
    public boolean revoke(OrganizationId organization, ApiKeyId id, Instant at) {
        return rows.revoke(organization.value(), id.value(), Keyset.stored(at)) > 0;
    }

    @Override
    public void recordUse(OrganizationId organization, ApiKeyId id, Instant at) {
        rows.recordUse(organization.value(), id.value(), Keyset.stored(at));
    }

    private static ApiKeyRow toRow(ApiKey key) {
        return new ApiKeyRow(
                key.id().value(),
                key.organizationId().value(),
                key.workspaceId().value(),
                key.name(),
                key.createdBy().value(),
                key.scopes().stream().map(ApiKeyScope::wireName).sorted().collect(Collectors.joining(",")),
                key.prefix(),
                key.hash(),
                Keyset.stored(key.createdAt()),
                key.revokedAt().map(Keyset::stored).orElse(null),
                key.lastUsedAt().map(Keyset::stored).orElse(null));
    }

    private static ApiKey toDomain(ApiKeyRow row) {
        Set<ApiKeyScope> scopes =
                ApiKeyScope.parseAll(Arrays.asList(row.scopes().split(",")));
        return new ApiKey(
                new ApiKeyId(row.id()),
                new OrganizationId(row.organizationId()),
                new WorkspaceId(row.workspaceId()),
                row.name(),
                new UserId(row.createdBy()),
                scopes,
                row.prefix(),
                row.hash(),
                row.createdAt(),
                Optional.ofNullable(row.revokedAt()),
                Optional.ofNullable(row.lastUsedAt()));
    }
}
