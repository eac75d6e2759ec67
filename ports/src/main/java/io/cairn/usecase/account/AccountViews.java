package io.cairn.usecase.account;

import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.tenant.Membership;
import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.User;
import io.cairn.domain.tenant.Workspace;
import io.cairn.ports.in.account.AccountView;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.WorkspaceRepository;

/** Builds the account view of a membership: its organization and first workspace. */
final class AccountViews {

    private final OrganizationRepository organizations;
    private final WorkspaceRepository workspaces;

    AccountViews(OrganizationRepository organizations, WorkspaceRepository workspaces) {
        this.organizations = organizations;
        this.workspaces = workspaces;
    }

    AccountView of(User user, Membership membership) {
        Organization org = organizations
                .findById(membership.organizationId())
                .orElseThrow(() -> new NotFoundException("organization", membership.organizationId()));
        if (org.suspended()) {
            throw new ForbiddenException("The organization is suspended");
        }
        Workspace workspace = workspaces.listByOrganization(org.id()).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("workspace", org.id()));
        return new AccountView(user.id(), user.email(), org, workspace, membership.role());
    }
}
