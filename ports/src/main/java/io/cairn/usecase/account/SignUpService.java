package io.cairn.usecase.account;

import io.cairn.domain.error.ConflictException;
import io.cairn.domain.tenant.Membership;
import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.User;
import io.cairn.domain.tenant.UserId;
import io.cairn.domain.tenant.Workspace;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.ports.in.account.AccountView;
import io.cairn.ports.in.account.SignUpCommand;
import io.cairn.ports.in.account.SignUpUseCase;
import io.cairn.ports.out.persistence.MembershipRepository;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.persistence.UserRepository;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.security.PasswordHasherPort;
import io.cairn.ports.out.time.ClockPort;
import java.time.Instant;

/** Creates a user, their organization and its default workspace in one transaction, with the user as owner. */
public final class SignUpService implements SignUpUseCase {

    private final UserRepository users;
    private final OrganizationRepository organizations;
    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final PasswordHasherPort hasher;
    private final TransactionPort tx;
    private final ClockPort clock;

    public SignUpService(
            UserRepository users,
            OrganizationRepository organizations,
            WorkspaceRepository workspaces,
            MembershipRepository memberships,
            PasswordHasherPort hasher,
            TransactionPort tx,
            ClockPort clock) {
        this.users = users;
        this.organizations = organizations;
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.hasher = hasher;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public AccountView signUp(SignUpCommand command) {
        String hash = hasher.hash(command.password());
        return tx.inTransaction(() -> {
            if (users.findByEmail(command.email()).isPresent()) {
                throw new ConflictException("email_taken", "An account with this e-mail already exists");
            }
            Instant now = clock.now();
            User user = new User(UserId.random(), command.email(), hash, now);
            Organization org = new Organization(OrganizationId.random(), command.organizationName(), "free", now);
            Workspace workspace = new Workspace(WorkspaceId.random(), org.id(), "Default", now);
            users.save(user);
            organizations.save(org);
            workspaces.save(workspace);
            memberships.save(new Membership(org.id(), user.id(), Role.OWNER));
            return new AccountView(user.id(), user.email(), org, workspace, Role.OWNER);
        });
    }
}
