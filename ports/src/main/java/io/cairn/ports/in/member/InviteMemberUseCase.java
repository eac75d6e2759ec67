package io.cairn.ports.in.member;

import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Role;
import io.cairn.ports.in.account.AccountView;

/**
 * Use case: an owner or admin invites someone by e-mail with a role; the invitee redeems the single-use link before
 * it expires, with their password (a new account is created for an e-mail Cairn does not know yet).
 */
public interface InviteMemberUseCase {

    IssuedInvitation invite(Actor actor, String email, Role role);

    /** Joins the organization; an unknown, used or expired token, or a wrong password, is refused alike. */
    AccountView accept(String token, String password);
}
