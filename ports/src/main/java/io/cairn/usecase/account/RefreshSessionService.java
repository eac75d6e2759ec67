package io.cairn.usecase.account;

import io.cairn.domain.common.ContentHash;
import io.cairn.domain.error.DomainException;
import io.cairn.domain.error.UnauthorizedException;
import io.cairn.domain.session.RefreshToken;
import io.cairn.domain.session.RefreshTokenId;
import io.cairn.domain.session.TokenFamilyId;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.in.account.AccountView;
import io.cairn.ports.in.account.FindAccountUseCase;
import io.cairn.ports.in.account.MintedRefreshToken;
import io.cairn.ports.in.account.RefreshSessionUseCase;
import io.cairn.ports.in.account.RefreshTokenMinter;
import io.cairn.ports.in.account.SessionGrant;
import io.cairn.ports.out.persistence.RefreshTokenRepository;
import io.cairn.ports.out.time.ClockPort;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rotates refresh tokens within families, stored by hash. Reuse of a spent token revokes its family, so a stolen
 * token dies as soon as either its thief or its owner uses it a second time. Each step is one atomic statement, so
 * a revocation is never rolled back by the refusal that follows it.
 */
public final class RefreshSessionService implements RefreshSessionUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshSessionService.class);

    private final RefreshTokenRepository tokens;
    private final FindAccountUseCase accounts;
    private final ClockPort clock;

    public RefreshSessionService(RefreshTokenRepository tokens, FindAccountUseCase accounts, ClockPort clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public SessionGrant open(AccountView account, RefreshTokenMinter minter) {
        return issue(account, TokenFamilyId.random(), minter);
    }

    @Override
    public SessionGrant rotate(OrganizationId organization, String refreshToken, RefreshTokenMinter minter) {
        Instant now = clock.now();
        RefreshToken presented =
                tokens.findByHash(organization, ContentHash.of(refreshToken)).orElseThrow(UnauthorizedException::new);
        if (presented.isRevoked() || presented.isExpiredAt(now)) {
            throw new UnauthorizedException();
        }
        if (presented.isSpent() || !tokens.spend(organization, presented.id(), now)) {
            int revoked = tokens.revokeFamily(organization, presented.familyId(), now);
            LOG.warn(
                    "Refresh token reused: revoked family {} ({} tokens) of user {}",
                    presented.familyId(),
                    revoked,
                    presented.userId());
            throw new UnauthorizedException();
        }
        return issue(currentAccount(presented), presented.familyId(), minter);
    }

    @Override
    public void end(Actor actor, Optional<TokenFamilyId> family, Optional<String> refreshToken) {
        Optional<UserId> user = actor.userId();
        if (user.isEmpty()) {
            return;
        }
        OrganizationId organization = actor.organizationId();
        Instant now = clock.now();
        family.ifPresent(f -> tokens.revokeFamily(organization, f, now));
        refreshToken
                .flatMap(token -> tokens.findByHash(organization, ContentHash.of(token)))
                .filter(token -> token.userId().equals(user.get()))
                .ifPresent(token -> tokens.revokeFamily(organization, token.familyId(), now));
    }

    /** The membership as it is now; a member who left ends the family, so no later token of it works either. */
    private AccountView currentAccount(RefreshToken presented) {
        try {
            return accounts.find(presented.userId(), presented.organizationId());
        } catch (DomainException e) {
            tokens.revokeFamily(presented.organizationId(), presented.familyId(), clock.now());
            throw new UnauthorizedException();
        }
    }

    private SessionGrant issue(AccountView account, TokenFamilyId family, RefreshTokenMinter minter) {
        RefreshTokenId id = RefreshTokenId.random();
        MintedRefreshToken minted = minter.mint(account, family, id);
        tokens.save(RefreshToken.issued(
                id,
                family,
                account.organization().id(),
                account.userId(),
                ContentHash.of(minted.token()),
                clock.now(),
                minted.expiresAt()));
        return new SessionGrant(account, family, minted.token());
    }
}
