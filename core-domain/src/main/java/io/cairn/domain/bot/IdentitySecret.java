package io.cairn.domain.bot;

import io.cairn.domain.tenant.Role;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The key a bot's owner gives their own backend to sign visitors' user ids (HMAC-SHA256) for identity verification.
 * It never leaves the server except to owners and admins, and it never appears in logs.
 */
public record IdentitySecret(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MIN_LENGTH = 32;

    public IdentitySecret {
        Objects.requireNonNull(value, "identity secret");
        if (value.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("an identity secret has at least " + MIN_LENGTH + " characters");
        }
    }

    /** A fresh secret: 32 random bytes in hex. */
    public static IdentitySecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new IdentitySecret(HexFormat.of().formatHex(bytes));
    }

    /** The secret for owners and admins, who set up their backend; nothing for anyone else. */
    public Optional<String> revealTo(Role role) {
        return role.canManageMembers() ? Optional.of(value) : Optional.empty();
    }

    @Override
    public String toString() {
        return "IdentitySecret[redacted]";
    }
}
