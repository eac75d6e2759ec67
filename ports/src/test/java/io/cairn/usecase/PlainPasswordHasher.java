package io.cairn.usecase;

import io.cairn.ports.out.security.PasswordHasherPort;

/** A trivial, reversible "hash" for service tests: enough to tell a stored hash from the password itself. */
public final class PlainPasswordHasher implements PasswordHasherPort {

    private static final String PREFIX = "plain$";

    @Override
    public String hash(String password) {
        return PREFIX + password;
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash.equals(PREFIX + password);
    }
}
