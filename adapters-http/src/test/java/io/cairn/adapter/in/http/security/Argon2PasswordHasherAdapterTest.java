package io.cairn.adapter.in.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2PasswordHasherAdapterTest {

    private final Argon2PasswordHasherAdapter hasher = new Argon2PasswordHasherAdapter();

    @Test
    void should_match_when_password_is_the_one_hashed() {
        // given
        String hash = hasher.hash("correct horse battery staple");

        // when
        boolean matches = hasher.matches("correct horse battery staple", hash);

        // then
        assertThat(matches).isTrue();
    }

    @Test
    void should_not_match_when_password_differs() {
        // given
        String hash = hasher.hash("correct horse battery staple");

        // when
        boolean matches = hasher.matches("correct horse battery stapler", hash);

        // then
        assertThat(matches).isFalse();
    }

    @Test
    void should_encode_argon2id_parameters_and_salt_when_hashing() {
        // when
        String hash = hasher.hash("pässwörd with ünïcode");

        // then
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hash.split("\\$")).hasSize(6);
        assertThat(hasher.matches("pässwörd with ünïcode", hash)).isTrue();
    }

    @Test
    void should_use_a_fresh_salt_when_the_same_password_is_hashed_twice() {
        // when
        String first = hasher.hash("same password here");
        String second = hasher.hash("same password here");

        // then
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("same password here", first)).isTrue();
        assertThat(hasher.matches("same password here", second)).isTrue();
    }

    @Test
    void should_verify_a_reference_hash_when_its_parameters_differ_from_the_defaults() {
        // given: made by the reference argon2 CLI (echo -n password | argon2 somesaltsomesalt -id -t 3 -m 6 -e)
        String reference =
                "$argon2id$v=19$m=64,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$" + "YWTHOaBOF940qAvuZcalj0uKJAy/VlL0p541rgK3xhY";

        // when
        boolean matches = hasher.matches("password", reference);

        // then
        assertThat(matches).isTrue();
        assertThat(hasher.matches("Password", reference)).isFalse();
    }

    @Test
    void should_not_match_when_the_stored_hash_is_malformed_or_missing() {
        // then
        assertThat(hasher.matches("password", "plain-text-password")).isFalse();
        assertThat(hasher.matches("password", "$argon2i$v=19$m=64,t=3,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"))
                .isFalse();
        assertThat(hasher.matches("password", "$argon2id$v=19$m=99999999,t=3,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"))
                .isFalse();
        assertThat(hasher.matches("password", null)).isFalse();
        assertThat(hasher.matches(null, hasher.hash("password123456"))).isFalse();
    }
}
