package io.cairn.ports.fakes;

import io.cairn.domain.apikey.ApiKey;
import io.cairn.domain.apikey.ApiKeyId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.ApiKeyRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory API keys for service and HTTP tests. */
public class InMemoryApiKeyRepository implements ApiKeyRepository {

    private final Map<ApiKeyId, ApiKey> rows = new ConcurrentHashMap<>();

    @Override
    public void save(ApiKey key) {
        ApiKey existing = rows.get(key.id());
        if (existing != null && !existing.organizationId().equals(key.organizationId())) {
            throw new IllegalStateException("an API key never changes tenant");
        }
        rows.put(key.id(), key);
    }

    @Override
    public Optional<ApiKey> findById(OrganizationId organization, ApiKeyId id) {
        return Optional.ofNullable(rows.get(id)).filter(k -> k.organizationId().equals(organization));
    }

    @Override
    public Optional<ApiKey> findByHash(String hash) {
        return rows.values().stream().filter(k -> k.hash().equals(hash)).findFirst();
    }

    @Override
    public List<ApiKey> listByOrganization(OrganizationId organization) {
        return rows.values().stream()
                .filter(k -> k.organizationId().equals(organization))
                .sorted(Comparator.comparing(ApiKey::createdAt).thenComparing(k -> k.id().value()))
                .toList();
    }

    @Override
    public synchronized boolean revoke(OrganizationId organization, ApiKeyId id, Instant at) {
        Optional<ApiKey> live = findById(organization, id).filter(k -> !k.isRevoked());
        live.ifPresent(k -> rows.put(id, with(k, Optional.of(at), k.lastUsedAt())));
        return live.isPresent();
    }

    @Override
    public void recordUse(OrganizationId organization, ApiKeyId id, Instant at) {
        findById(organization, id).ifPresent(k -> rows.put(id, with(k, k.revokedAt(), Optional.of(at))));
    }

    private static ApiKey with(ApiKey k, Optional<Instant> revokedAt, Optional<Instant> lastUsedAt) {
        return new ApiKey(
                k.id(),
                k.organizationId(),
                k.workspaceId(),
                k.name(),
                k.createdBy(),
                k.scopes(),
                k.prefix(),
                k.hash(),
                k.createdAt(),
                revokedAt,
                lastUsedAt);
    }
}
