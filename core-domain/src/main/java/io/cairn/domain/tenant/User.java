package io.cairn.domain.tenant;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A person who signs in; the password is only ever held as a hash. */
public record User(UserId id, String email, String passwordHash, Instant createdAt) {

    public User {
        Objects.requireNonNull(id);
        email = Email.normalise(email);
        Objects.requireNonNull(passwordHash);
        Objects.requireNonNull(createdAt);
    }

    /** E-mail rules shared by signup and login. */
    public static final class Email {
        private Email() {}

        public static String normalise(String email) {
            return Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
        }
    }
}
