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
