package io.cairn.ports.in.account;

import io.cairn.domain.session.TokenFamilyId;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.OrganizationId;
import java.util.Optional;

/**
 * Use case: refresh-token rotation. A sign-in opens a token family; each refresh spends the presented token and
 * hands out the next one of the same family; a spent token presented again revokes the family; log-out revokes it.
 */
public interface RefreshSessionUseCase {

    /** Opens a new family for an account that just signed up or logged in. */
    SessionGrant open(AccountView account, RefreshTokenMinter minter);

    /**
     * Trades a refresh token of {@code organization} for the next one, with the membership as it is now. Any token
     * that is unknown, expired, revoked or already spent, or whose user is no longer a member, is refused with an
     * {@link io.cairn.domain.error.UnauthorizedException}.
     */
    SessionGrant rotate(OrganizationId organization, String refreshToken, RefreshTokenMinter minter);

    /** Revokes the actor's family named by {@code family}, and the family of {@code refreshToken} if it is theirs. */
    void end(Actor actor, Optional<TokenFamilyId> family, Optional<String> refreshToken);
}
