package io.cairn.usecase.apikey;

import io.cairn.domain.apikey.ApiKey;
import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.domain.apikey.ApiKeySecret;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.Membership;
import io.cairn.ports.in.apikey.ApiKeyGrant;
import io.cairn.ports.in.apikey.AuthenticateApiKeyUseCase;
import io.cairn.ports.out.persistence.ApiKeyRepository;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.MembershipRepository;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.time.ClockPort;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a presented key on every request: it must be known and unrevoked, its organization not suspended, and its
 * creator still a member, whose current role caps the key's. Usage is recorded at most once a minute per key.
 */
public final class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {

    static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;
    private final MembershipRepository memberships;
    private final OrganizationRepository organizations;
    private final BotRepository bots;
    private final ClockPort clock;

    public AuthenticateApiKeyService(
            ApiKeyRepository keys,
            MembershipRepository memberships,
            OrganizationRepository organizations,
            BotRepository bots,
            ClockPort clock) {
        this.keys = keys;
        this.memberships = memberships;
        this.organizations = organizations;
        this.bots = bots;
        this.clock = clock;
    }

    @Override
    public Optional<ApiKeyGrant> authenticate(String presentedKey) {
        if (!ApiKeySecret.isWellFormed(presentedKey)) {
            return Optional.empty();
        }
        String hash = new ApiKeySecret(presentedKey).hash();
        Optional<ApiKey> key = keys.findByHash(hash).filter(k -> !k.isRevoked()).filter(k -> organizations
                .findById(k.organizationId())
                .filter(o -> !o.suspended())
                .isPresent());
        Optional<Membership> creator = key.flatMap(k -> memberships.find(k.organizationId(), k.createdBy()));
        if (key.isEmpty() || creator.isEmpty()) {
            return Optional.empty();
        }
        recordUse(key.get());
        return Optional.of(new ApiKeyGrant(
                key.get().id(),
                key.get().organizationId(),
                key.get().workspaceId(),
                key.get().scopes(),
                ApiKeyScope.actingRole(key.get().scopes(), creator.get().role())));
    }

    @Override
    public boolean mayReach(ApiKeyGrant grant, BotId bot) {
        return bots.findById(grant.organizationId(), bot)
                .map(b -> b.workspaceId().equals(grant.workspaceId()))
                .orElse(true);
    }

    private void recordUse(ApiKey key) {
        Instant now = clock.now();
        boolean stale = key.lastUsedAt()
                .map(last -> !now.isBefore(last.plus(USE_RECORDING_INTERVAL)))
                .orElse(true);
        if (stale) {
            keys.recordUse(key.organizationId(), key.id(), now);
        }
    }
}
