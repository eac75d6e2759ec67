package io.cairn.ports.out.persistence;

import io.cairn.domain.apikey.ApiKey;
import io.cairn.domain.apikey.ApiKeyId;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Driven port: stores API keys, by organization, with the hash of their secret. */
public interface ApiKeyRepository {

    void save(ApiKey key);

    Optional<ApiKey> findById(OrganizationId organization, ApiKeyId id);

    /**
     * The key whose secret hashes to {@code hash}, in any organization: a presented key is what names its tenant,
     * so this one lookup cannot be scoped by organization.
     */
    Optional<ApiKey> findByHash(String hash);

    /** The organization's keys, revoked ones included, oldest first. */
    List<ApiKey> listByOrganization(OrganizationId organization);

    /** Revokes the key if it is not yet revoked; false when there was nothing to revoke. */
    boolean revoke(OrganizationId organization, ApiKeyId id, Instant at);

    void recordUse(OrganizationId organization, ApiKeyId id, Instant at);
}
