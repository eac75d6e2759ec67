package io.cairn.usecase.member;

import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.MemberPolicy;
import io.cairn.domain.tenant.Membership;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.User;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.in.member.ManageMembersUseCase;
import io.cairn.ports.in.member.MemberView;
import io.cairn.ports.out.persistence.MembershipRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.persistence.UserRepository;
import java.util.Comparator;
import java.util.List;

/**
 * Lists and changes memberships under {@link MemberPolicy}; each change re-reads the members in its transaction, so
 * two owners demoting each other at once cannot leave the organization without one.
 */
public final class ManageMembersService implements ManageMembersUseCase {

    private final MembershipRepository memberships;
    private final UserRepository users;
    private final TransactionPort tx;

    public ManageMembersService(MembershipRepository memberships, UserRepository users, TransactionPort tx) {
        this.memberships = memberships;
        this.users = users;
        this.tx = tx;
    }

    @Override
    public List<MemberView> list(Actor actor) {
        return memberships.listByOrganization(actor.organizationId()).stream()
                .map(this::view)
                .sorted(Comparator.comparing(MemberView::role).thenComparing(MemberView::email))
                .toList();
    }

    @Override
    public MemberView changeRole(Actor actor, UserId member, Role role) {
        return tx.inTransaction(() -> {
            Membership target = require(actor, member);
            MemberPolicy.requireCanChange(actor, target, role, memberships.listByOrganization(actor.organizationId()));
            Membership changed = new Membership(target.organizationId(), target.userId(), role);
            memberships.save(changed);
            return view(changed);
        });
    }

    @Override
    public void remove(Actor actor, UserId member) {
        tx.run(() -> {
            Membership target = require(actor, member);
            MemberPolicy.requireCanChange(actor, target, null, memberships.listByOrganization(actor.organizationId()));
            memberships.delete(actor.organizationId(), member);
        });
    }

    private Membership require(Actor actor, UserId member) {
        return memberships
                .find(actor.organizationId(), member)
                .orElseThrow(() -> new NotFoundException("member", member));
    }

    private MemberView view(Membership m) {
        String email = users.findById(m.userId()).map(User::email).orElse("");
        return new MemberView(m.userId(), email, m.role());
    }
}
