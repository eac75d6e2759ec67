package io.cairn.usecase.account;

import io.cairn.domain.billing.UsageMetric;
import io.cairn.domain.common.ContentHash;
import io.cairn.domain.error.ConflictException;
import io.cairn.domain.error.UnauthorizedException;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Invitation;
import io.cairn.domain.tenant.MemberPolicy;
import io.cairn.domain.tenant.Membership;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.User;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.in.account.AccountView;
import io.cairn.ports.in.account.SignUpCommand;
import io.cairn.ports.in.member.InviteMemberUseCase;
import io.cairn.ports.in.member.IssuedInvitation;
import io.cairn.ports.out.persistence.InvitationRepository;
import io.cairn.ports.out.persistence.MembershipRepository;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.persistence.UserRepository;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.security.PasswordHasherPort;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.billing.PlanGate;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Issues invitation links (a 256-bit random token, only its SHA-256 kept) and redeems them once, before they
 * expire: an existing account proves its password, a new e-mail gets an account with the password given.
 */
public final class InvitationService implements InviteMemberUseCase {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final AccountViews views;
    private final PasswordHasherPort hasher;
    private final TransactionPort tx;
    private final ClockPort clock;
    private final PlanGate plans;

    public InvitationService(
            InvitationRepository invitations,
            UserRepository users,
            MembershipRepository memberships,
            OrganizationRepository organizations,
            WorkspaceRepository workspaces,
            PasswordHasherPort hasher,
            TransactionPort tx,
            ClockPort clock) {
        this(invitations, users, memberships, organizations, workspaces, hasher, tx, clock, PlanGate.OPEN);
    }

    /** Refuses an invitation, and its acceptance, when the organization's plan has no room for another member. */
    public InvitationService(
            InvitationRepository invitations,
            UserRepository users,
            MembershipRepository memberships,
            OrganizationRepository organizations,
            WorkspaceRepository workspaces,
            PasswordHasherPort hasher,
            TransactionPort tx,
            ClockPort clock,
            PlanGate plans) {
        this.plans = plans;
        this.invitations = invitations;
        this.users = users;
        this.memberships = memberships;
        this.views = new AccountViews(organizations, workspaces);
        this.hasher = hasher;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public IssuedInvitation invite(Actor actor, String email, Role role) {
        MemberPolicy.requireCanInvite(actor, role);
        if (!SignUpCommand.isValidEmail(email)) {
            throw new ValidationException("email", "must be a valid e-mail address");
        }
        UserId inviter = actor.userId().orElseGet(UserId::random);
        String token = newToken();
        Invitation invitation = Invitation.issue(
                actor.organizationId(), User.Email.normalise(email), role, ContentHash.of(token), inviter, clock.now());
        Optional<User> existing = users.findByEmail(invitation.email());
        if (existing.isPresent()
                && memberships.find(actor.organizationId(), existing.get().id()).isPresent()) {
            throw new ConflictException("already_member", "This person is already a member");
        }
        tx.run(() -> {
            plans.check(actor.organizationId(), UsageMetric.MEMBERS, 1);
            invitations.save(invitation);
        });
        return new IssuedInvitation(invitation, token);
    }

    @Override
    public AccountView accept(String token, String password) {
        String hash = ContentHash.of(String.valueOf(token));
        return tx.inTransaction(() -> {
            Invitation invitation = invitations
                    .findByTokenHash(hash)
                    .filter(i -> i.redeemable(clock.now()))
                    .orElseThrow(UnauthorizedException::new);
            User user = users.findByEmail(invitation.email()).orElseGet(() -> newUser(invitation, password));
            if (!hasher.matches(password, user.passwordHash())) {
                throw new UnauthorizedException();
            }
            invitations.save(invitation.accepted(clock.now()));
            Membership membership = memberships
                    .find(invitation.organizationId(), user.id())
                    .orElseGet(() -> {
                        plans.admit(invitation.organizationId(), UsageMetric.MEMBERS, 1);
                        return new Membership(invitation.organizationId(), user.id(), invitation.role());
                    });
            memberships.save(membership);
            return views.of(user, membership);
        });
    }

    private User newUser(Invitation invitation, String password) {
        SignUpCommand.requireValidPassword(password);
        User user = new User(UserId.random(), invitation.email(), hasher.hash(password), clock.now());
        users.save(user);
        return user;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
