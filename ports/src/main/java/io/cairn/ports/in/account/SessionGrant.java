package io.cairn.ports.in.account;

import io.cairn.domain.session.TokenFamilyId;
import java.util.Objects;

/** A signed-in account, the token family it continues and the refresh token to hand out. */
public record SessionGrant(AccountView account, TokenFamilyId family, String refreshToken) {

    public SessionGrant {
        Objects.requireNonNull(account);
        Objects.requireNonNull(family);
        Objects.requireNonNull(refreshToken);
    }

    @Override
    public String toString() {
        return "SessionGrant[user=" + account.userId() + ", family=" + family + "]";
    }
}
