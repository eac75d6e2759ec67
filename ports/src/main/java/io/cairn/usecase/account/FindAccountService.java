package io.cairn.usecase.account;

import io.cairn.domain.error.UnauthorizedException;
import io.cairn.domain.tenant.Membership;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.User;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.in.account.AccountView;
import io.cairn.ports.in.account.FindAccountUseCase;
import io.cairn.ports.out.persistence.MembershipRepository;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.UserRepository;
import io.cairn.ports.out.persistence.WorkspaceRepository;

/** Reads a user's current membership; a removed member or deleted user is no longer authorised. */
public final class FindAccountService implements FindAccountUseCase {

    private final UserRepository users;
    private final MembershipRepository memberships;
    private final AccountViews views;

    public FindAccountService(
            UserRepository users,
            MembershipRepository memberships,
            OrganizationRepository organizations,
            WorkspaceRepository workspaces) {
        this.users = users;
        this.memberships = memberships;
        this.views = new AccountViews(organizations, workspaces);
    }

    @Override
    public AccountView find(UserId userId, OrganizationId organization) {
        User user = users.findById(userId).orElseThrow(UnauthorizedException::new);
        Membership membership = memberships.find(organization, userId).orElseThrow(UnauthorizedException::new);
        return views.of(user, membership);
    }
}
