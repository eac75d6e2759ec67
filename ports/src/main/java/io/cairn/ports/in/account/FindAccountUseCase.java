package io.cairn.ports.in.account;

import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.UserId;

/** Use case: the current state of a signed-in user's membership, for {@code /me} and token refresh. */
public interface FindAccountUseCase {

    AccountView find(UserId user, OrganizationId organization);
}
