package io.cairn.usecase.account;

import io.cairn.domain.error.UnauthorizedException;
import io.cairn.domain.tenant.Membership;
import io.cairn.domain.tenant.User;
import io.cairn.ports.in.account.AccountView;
import io.cairn.ports.in.account.LogInCommand;
import io.cairn.ports.in.account.LogInUseCase;
import io.cairn.ports.out.persistence.MembershipRepository;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.UserRepository;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.security.PasswordHasherPort;
import java.util.Comparator;
import java.util.Optional;

/** Checks e-mail and password and returns the user's first organization; a wrong e-mail costs a hash too. */
public final class LogInService implements LogInUseCase {

    private static final String DUMMY_PASSWORD = "not-a-real-password-used-for-timing";

    private final UserRepository users;
    private final MembershipRepository memberships;
    private final PasswordHasherPort hasher;
    private final AccountViews views;
    private final String dummyHash;

    public LogInService(
            UserRepository users,
            MembershipRepository memberships,
            OrganizationRepository organizations,
            WorkspaceRepository workspaces,
            PasswordHasherPort hasher) {
        this.users = users;
        this.memberships = memberships;
        this.hasher = hasher;
        this.views = new AccountViews(organizations, workspaces);
        this.dummyHash = hasher.hash(DUMMY_PASSWORD);
    }

    @Override
    public AccountView logIn(LogInCommand command) {
        Optional<User> user = users.findByEmail(command.email());
        String hash = user.map(User::passwordHash).orElse(dummyHash);
        boolean matches = hasher.matches(command.password(), hash);
        if (user.isEmpty() || !matches) {
            throw new UnauthorizedException();
        }
        Membership membership = memberships.listByUser(user.get().id()).stream()
                .min(Comparator.comparing(m -> m.role().ordinal()))
                .orElseThrow(UnauthorizedException::new);
        return views.of(user.get(), membership);
    }
}
