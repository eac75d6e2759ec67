package io.cairn.ports.out.persistence;

import static io.cairn.ports.out.persistence.PersistenceFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.apikey.ApiKey;
import io.cairn.domain.apikey.ApiKeyId;
import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.domain.apikey.ApiKeySecret;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.UserId;
import io.cairn.domain.tenant.WorkspaceId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ApiKeyRepository} shares: the fake and each database adapter extend it. */
public abstract class ApiKeyRepositoryContract {

    private final OrganizationId org = OrganizationId.random();
    private final OrganizationId otherOrg = OrganizationId.random();
    private ApiKeyRepository keys;

    /** A repository to test; it may hold other tests' rows, never this test's random ids. */
    protected abstract ApiKeyRepository newRepository();

    @BeforeEach
    void createRepository() {
        keys = newRepository();
    }

    @Test
    void should_find_key_by_id_and_by_hash_when_saved() {
        // given
        ApiKey key = key(org, 0, Set.of(ApiKeyScope.CHAT, ApiKeyScope.SOURCES_WRITE));
        // when
        keys.save(key);
        // then
        assertThat(keys.findById(org, key.id())).contains(key);
        assertThat(keys.findByHash(key.hash())).contains(key);
        assertThat(keys.findByHash(ApiKeySecret.generate().hash())).isEmpty();
    }

    @Test
    void should_find_nothing_when_another_organization_asks_by_id() {
        // given
        ApiKey key = key(org, 0, Set.of(ApiKeyScope.ADMIN));
        keys.save(key);
        // when / then
        assertThat(keys.findById(otherOrg, key.id())).isEmpty();
        assertThat(keys.findById(org, ApiKeyId.random())).isEmpty();
    }

    @Test
    void should_list_the_organizations_keys_oldest_first_with_revoked_ones() {
        // given
        ApiKey older = key(org, 1, Set.of(ApiKeyScope.CHAT));
        ApiKey newer = key(org, 2, Set.of(ApiKeyScope.CHAT));
        keys.save(newer);
        keys.save(older);
        keys.save(key(otherOrg, 0, Set.of(ApiKeyScope.CHAT)));
        keys.revoke(org, newer.id(), at(3));
        // when / then
        assertThat(keys.listByOrganization(org)).extracting(ApiKey::id).containsExactly(older.id(), newer.id());
        assertThat(keys.listByOrganization(OrganizationId.random())).isEmpty();
    }

    @Test
    void should_revoke_once_when_revoked_twice() {
        // given
        ApiKey key = key(org, 0, Set.of(ApiKeyScope.CHAT));
        keys.save(key);
        // when
        boolean first = keys.revoke(org, key.id(), at(10));
        boolean second = keys.revoke(org, key.id(), at(20));
        // then
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(keys.findByHash(key.hash()).orElseThrow().revokedAt()).contains(at(10));
    }

    @Test
    void should_leave_the_key_working_when_another_organization_revokes_it() {
        // given
        ApiKey key = key(org, 0, Set.of(ApiKeyScope.CHAT));
        keys.save(key);
        // when
        boolean revoked = keys.revoke(otherOrg, key.id(), at(10));
        keys.recordUse(otherOrg, key.id(), at(11));
        // then
        assertThat(revoked).isFalse();
        assertThat(keys.findById(org, key.id())).contains(key);
    }

    @Test
    void should_remember_the_last_use_when_use_is_recorded() {
        // given
        ApiKey key = key(org, 0, Set.of(ApiKeyScope.CHAT));
        keys.save(key);
        // when
        keys.recordUse(org, key.id(), at(30));
        // then
        assertThat(keys.findById(org, key.id()).orElseThrow().lastUsedAt()).contains(at(30));
    }

    private static ApiKey key(OrganizationId organization, int second, Set<ApiKeyScope> scopes) {
        ApiKeySecret secret = ApiKeySecret.generate();
        return new ApiKey(
                ApiKeyId.random(),
                organization,
                WorkspaceId.random(),
                "Key " + second,
                UserId.random(),
                scopes,
                secret.prefix(),
                secret.hash(),
                at(second),
                Optional.empty(),
                Optional.empty());
    }
}
