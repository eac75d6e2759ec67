package io.cairn.ports.out.security;

/** Driven port: one-way password hashing (argon2id or bcrypt), with a constant-time check. */
public interface PasswordHasherPort {

    String hash(String password);

    boolean matches(String password, String hash);
}
