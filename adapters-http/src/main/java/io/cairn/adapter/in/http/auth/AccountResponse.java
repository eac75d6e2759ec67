package io.cairn.adapter.in.http.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.adapter.in.http.security.TokenClaims;
import io.cairn.ports.in.account.AccountView;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /me}: the signed-in user, their organization (the tenant) and its workspace. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AccountResponse(UserResponse user, OrganizationResponse organization, WorkspaceResponse workspace) {

    static AccountResponse from(AccountView account) {
        return new AccountResponse(
                new UserResponse(account.userId().toString(), account.email(), TokenClaims.roleClaim(account.role())),
                new OrganizationResponse(
                        account.organization().id().toString(),
                        account.organization().name(),
                        account.organization().plan()),
                new WorkspaceResponse(
                        account.workspace().id().toString(), account.workspace().name()));
    }

    /** The user and their role in this organization. */
    @Serdeable
    public record UserResponse(String id, String email, String role) {}

    /** The tenant. */
    @Serdeable
    public record OrganizationResponse(String id, String name, String plan) {}

    /** The workspace bots are created in by default. */
    @Serdeable
    public record WorkspaceResponse(String id, String name) {}
}
