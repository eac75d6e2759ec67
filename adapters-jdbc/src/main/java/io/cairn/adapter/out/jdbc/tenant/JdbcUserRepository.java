package io.cairn.adapter.out.jdbc.tenant;

import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.domain.tenant.User;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.out.persistence.UserRepository;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Driven adapter: stores user accounts in the relational database. */
@Singleton
public class JdbcUserRepository implements UserRepository {

    private final UserRows rows;

    JdbcUserRepository(UserRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(User user) {
        if (rows.updateById(user.id().value(), user.email(), user.passwordHash()) == 0) {
            rows.save(
                    new UserRow(user.id().value(), user.email(), user.passwordHash(), Keyset.stored(user.createdAt())));
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        return rows.findById(id.value()).map(JdbcUserRepository::toDomain);
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return rows.findByEmail(User.Email.normalise(email)).map(JdbcUserRepository::toDomain);
    }

    private static User toDomain(UserRow row) {
        return new User(new UserId(row.id()), row.email(), row.passwordHash(), row.createdAt());
    }
}
