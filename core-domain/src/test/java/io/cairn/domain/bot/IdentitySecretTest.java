package io.cairn.domain.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.tenant.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentitySecretTest {

    @Test
    void should_generate_a_different_long_secret_each_time() {
        // when
        IdentitySecret first = IdentitySecret.generate();
        IdentitySecret second = IdentitySecret.generate();
        // then
        assertThat(first.value()).hasSize(64).matches("[0-9a-f]+");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void should_reveal_the_secret_to_owners_and_admins_only() {
        // given
        IdentitySecret secret = IdentitySecret.generate();
        // when / then
        assertThat(secret.revealTo(Role.OWNER)).contains(secret.value());
        assertThat(secret.revealTo(Role.ADMIN)).contains(secret.value());
        assertThat(secret.revealTo(Role.EDITOR)).isEmpty();
        assertThat(secret.revealTo(Role.VIEWER)).isEmpty();
    }

    @Test
    void should_keep_the_secret_out_of_logs_when_printed() {
        // given
        IdentitySecret secret = IdentitySecret.generate();
        // when
        String printed = secret + " " + List.of(secret);
        // then
        assertThat(printed).doesNotContain(secret.value());
    }
}
