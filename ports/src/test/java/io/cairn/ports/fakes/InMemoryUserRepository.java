package io.cairn.ports.fakes;

import io.cairn.domain.tenant.User;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.out.persistence.UserRepository;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory users for service tests. */
public class InMemoryUserRepository implements UserRepository {

    private final Map<UserId, User> rows = new ConcurrentHashMap<>();

    @Override
    public void save(User user) {
        rows.put(user.id(), user);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return rows.values().stream().filter(u -> u.email().equals(email)).findFirst();
    }
}
