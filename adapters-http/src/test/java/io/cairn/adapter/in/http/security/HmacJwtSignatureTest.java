package io.cairn.adapter.in.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HmacJwtSignatureTest {

    private static AuthConfiguration config(String secret) {
        return new AuthConfiguration(secret, Duration.ofMinutes(15), Duration.ofDays(30));
    }

    @Test
    void should_refuse_to_start_when_the_secret_is_shorter_than_32_bytes() {
        // when / then
        assertThatThrownBy(() -> new HmacJwtSignature(config("too-short-for-hs256")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cairn.auth.jwt-secret");
    }

    @Test
    void should_verify_its_own_signature_and_support_only_hs256_when_configured() throws Exception {
        // given
        HmacJwtSignature signature = new HmacJwtSignature(config("a-secret-of-at-least-thirty-two-bytes!"));
        HmacJwtSignature other = new HmacJwtSignature(config("another-secret-of-at-least-32-bytes!!"));

        // when
        var jwt = signature.sign(new JWTClaimsSet.Builder().subject("someone").build());

        // then
        assertThat(signature.verify(jwt)).isTrue();
        assertThat(other.verify(jwt)).isFalse();
        assertThat(signature.supports(JWSAlgorithm.HS256)).isTrue();
        assertThat(signature.supports(JWSAlgorithm.HS512)).isFalse();
        assertThat(signature.supports(JWSAlgorithm.RS256)).isFalse();
    }
}
