package io.cairn.ports.in.account;

import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.UserId;
import io.cairn.domain.tenant.Workspace;

/** A signed-in user as seen inside one organization. */
public record AccountView(UserId userId, String email, Organization organization, Workspace workspace, Role role) {}
