package io.cairn.domain.tenant;

import io.cairn.domain.error.ConflictException;
import io.cairn.domain.error.ForbiddenException;
import java.util.List;

/**
 * Who may change whose membership. Owners and admins manage members; only an owner may grant the owner role or
 * change or remove an owner; and an organization always keeps at least one owner.
 */
public final class MemberPolicy {

    private MemberPolicy() {}

    public static void requireCanManage(Actor actor) {
        if (!actor.role().canManageMembers()) {
            throw new ForbiddenException("The " + Roles.wireName(actor.role()) + " role cannot manage members");
        }
    }

    /** Checks that the actor may give {@code target} the role {@code to}, or remove it when {@code to} is null. */
    public static void requireCanChange(Actor actor, Membership target, Role to, List<Membership> members) {
        requireCanManage(actor);
        boolean touchesOwner = target.role() == Role.OWNER || to == Role.OWNER;
        if (touchesOwner && actor.role() != Role.OWNER) {
            throw new ForbiddenException("Only an owner can grant, change or remove the owner role");
        }
        if (target.role() == Role.OWNER && to != Role.OWNER && owners(members) <= 1) {
            throw new ConflictException("last_owner", "The last owner cannot be removed or demoted");
        }
    }

    /** Checks that the actor may invite someone with {@code role}. */
    public static void requireCanInvite(Actor actor, Role role) {
        requireCanManage(actor);
        if (role == Role.OWNER && actor.role() != Role.OWNER) {
            throw new ForbiddenException("Only an owner can invite an owner");
        }
    }

    private static long owners(List<Membership> members) {
        return members.stream().filter(m -> m.role() == Role.OWNER).count();
    }
}
