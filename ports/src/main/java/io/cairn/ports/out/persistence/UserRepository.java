package io.cairn.ports.out.persistence;

import io.cairn.domain.tenant.User;
import io.cairn.domain.tenant.UserId;
import java.util.Optional;

/** Driven port: stores user accounts, which exist across organizations. */
public interface UserRepository {

    void save(User user);

    Optional<User> findById(UserId id);

    /** Looks up by normalised (lower-case, trimmed) e-mail. */
    Optional<User> findByEmail(String email);
}
