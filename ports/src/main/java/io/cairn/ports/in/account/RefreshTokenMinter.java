package io.cairn.ports.in.account;

import io.cairn.domain.session.RefreshTokenId;
import io.cairn.domain.session.TokenFamilyId;

/** Makes the refresh token the client will hold: the driving adapter knows the format, the service the rules. */
@FunctionalInterface
public interface RefreshTokenMinter {

    MintedRefreshToken mint(AccountView account, TokenFamilyId family, RefreshTokenId id);
}
