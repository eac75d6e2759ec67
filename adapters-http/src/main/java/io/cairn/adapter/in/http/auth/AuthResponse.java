package io.cairn.adapter.in.http.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.adapter.in.http.security.IssuedTokens;
import io.cairn.ports.in.account.AccountView;
import io.micronaut.serde.annotation.Serdeable;

/** Answer of sign-up, log-in and refresh: a token pair and the account it is for. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuthResponse(
        String accessToken,
        String refreshToken,
        String tokenType,
        long expiresIn,
        AccountResponse.UserResponse user,
        AccountResponse.OrganizationResponse organization,
        AccountResponse.WorkspaceResponse workspace) {

    public static AuthResponse from(IssuedTokens tokens, AccountView account) {
        AccountResponse view = AccountResponse.from(account);
        return new AuthResponse(
                tokens.accessToken(),
                tokens.refreshToken(),
                "Bearer",
                tokens.expiresIn(),
                view.user(),
                view.organization(),
                view.workspace());
    }

    @Override
    public String toString() {
        return "AuthResponse[user=" + user + "]";
    }
}
