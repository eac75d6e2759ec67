package io.cairn.ports.out.persistence;

import static io.cairn.ports.out.persistence.PersistenceFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.tenant.User;
import io.cairn.domain.tenant.UserId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link UserRepository} shares: the in-memory fake and each database adapter extend it. */
public abstract class UserRepositoryContract {

    private UserRepository users;

    /** A repository to test; it may hold other tests' rows, never this test's random ids and e-mails. */
    protected abstract UserRepository newRepository();

    @BeforeEach
    void createRepository() {
        users = newRepository();
    }

    @Test
    void should_find_user_by_id_and_normalised_email_when_saved() {
        // given
        String email = uniqueEmail();
        User user = new User(UserId.random(), "  " + email.toUpperCase() + " ", "$argon2id$hash", at(1));
        // when
        users.save(user);
        // then
        assertThat(users.findById(user.id())).contains(user);
        assertThat(users.findByEmail(email)).contains(user);
        assertThat(users.findByEmail(uniqueEmail())).isEmpty();
        assertThat(users.findById(UserId.random())).isEmpty();
    }

    @Test
    void should_replace_user_when_saved_again() {
        // given
        User user = new User(UserId.random(), uniqueEmail(), "old-hash", at(1));
        users.save(user);
        User rehashed = new User(user.id(), user.email(), "new-hash", user.createdAt());
        // when
        users.save(rehashed);
        // then
        assertThat(users.findById(user.id())).contains(rehashed);
        assertThat(users.findByEmail(user.email())).contains(rehashed);
    }

    private static String uniqueEmail() {
        return "someone-" + UUID.randomUUID() + "@example.com";
    }
}
