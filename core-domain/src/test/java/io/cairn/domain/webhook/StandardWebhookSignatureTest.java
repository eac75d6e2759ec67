package io.cairn.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StandardWebhookSignatureTest {

    // Expected values computed independently with Python's hmac/hashlib; the first is also the Standard Webhooks
    // specification's own test vector.
    private static final WebhookSecret SECRET = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    @Test
    void should_match_the_standard_webhooks_vector_when_signing_its_message() {
        // when
        String signature = StandardWebhookSignature.sign(
                SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");
        // then
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void should_sign_the_body_as_utf8_when_it_holds_non_ascii_text() {
        // when
        String signature = StandardWebhookSignature.sign(
                SECRET, "msg_1", 1700000000, "{\"type\":\"lead.created\",\"data\":{\"name\":\"Zoë\"}}");
        // then
        assertThat(signature).isEqualTo("v1,ye/FvLAgJjDxa1vUR06JlFHDGikz/ODJQRjedZs8dXU=");
    }

    @Test
    void should_hash_the_key_first_when_it_is_longer_than_a_block() {
        // given: 100 key bytes 0, 1, …, 99 (HMAC hashes keys over 64 bytes)
        byte[] key = new byte[100];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        // when
        byte[] mac = StandardWebhookSignature.hmacSha256(
                key, "long key message".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // then
        assertThat(java.util.Base64.getEncoder().encodeToString(mac))
                .isEqualTo("/rUBM3lFftXV7a0r1dFL+86a6IP0F0REfUPaxzJpCJM=");
    }

    @Test
    void should_change_the_signature_when_the_timestamp_changes() {
        // when
        String first = StandardWebhookSignature.sign(SECRET, "msg_1", 1700000000, "{}");
        String later = StandardWebhookSignature.sign(SECRET, "msg_1", 1700000001, "{}");
        // then
        assertThat(first).isNotEqualTo(later).startsWith("v1,");
    }

    @Test
    void should_generate_secrets_of_32_random_bytes_when_asked_for_a_new_one() {
        // when
        WebhookSecret one = WebhookSecret.generate();
        WebhookSecret other = WebhookSecret.generate();
        // then
        assertThat(one.value()).startsWith("whsec_");
        assertThat(one.key()).hasSize(32);
        assertThat(one).isNotEqualTo(other);
        assertThat(one.toString()).doesNotContain(one.value());
    }

    @Test
    void should_refuse_a_secret_when_its_key_is_too_short_or_not_base64() {
        assertThatThrownBy(() -> new WebhookSecret("whsec_c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookSecret("whsec_!!!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
