package io.cairn.adapter.in.http.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.bot.IdentitySecret;
import org.junit.jupiter.api.Test;

class HmacVisitorSignatureAdapterTest {

    private static final IdentitySecret SECRET =
            new IdentitySecret("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    /** {@code echo -n customer-42 | openssl dgst -sha256 -hmac <SECRET>}: what a customer's backend computes. */
    private static final String OPENSSL_SIGNATURE = "23ec0797ec2352dc78ac5d5328164f715c8a8d8bd84f5a7961fa972d5b215201";

    private final HmacVisitorSignatureAdapter signatures = new HmacVisitorSignatureAdapter();

    @Test
    void should_accept_the_hex_hmac_sha256_a_backend_computes_when_it_signs_the_user_id() {
        // when / then
        assertThat(signatures.verifies(SECRET, "customer-42", OPENSSL_SIGNATURE))
                .isTrue();
        assertThat(signatures.verifies(SECRET, "customer-42", OPENSSL_SIGNATURE.toUpperCase()))
                .isTrue();
    }

    @Test
    void should_refuse_when_the_user_id_the_secret_or_the_signature_differ() {
        // given
        IdentitySecret otherSecret = IdentitySecret.generate();
        String oneDigitOff = OPENSSL_SIGNATURE.substring(0, 63) + "0";
        // when / then
        assertThat(signatures.verifies(SECRET, "customer-43", OPENSSL_SIGNATURE))
                .isFalse();
        assertThat(signatures.verifies(otherSecret, "customer-42", OPENSSL_SIGNATURE))
                .isFalse();
        assertThat(signatures.verifies(SECRET, "customer-42", oneDigitOff)).isFalse();
        assertThat(signatures.verifies(SECRET, "customer-42", OPENSSL_SIGNATURE.substring(0, 32)))
                .isFalse();
        assertThat(signatures.verifies(SECRET, "customer-42", "not hex at all")).isFalse();
        assertThat(signatures.verifies(SECRET, "customer-42", "")).isFalse();
    }
}
