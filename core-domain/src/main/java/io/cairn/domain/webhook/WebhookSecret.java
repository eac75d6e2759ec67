package io.cairn.domain.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The signing secret of a webhook endpoint, in the Standard Webhooks form {@code whsec_<base64 of 32 random bytes>}.
 * Shown once when the endpoint is registered; the key HMAC-SHA256 uses is the base64-decoded part.
 */
public record WebhookSecret(String value) {

    public static final String PREFIX = "whsec_";
    private static final int MIN_KEY_BYTES = 24;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookSecret {
        Objects.requireNonNull(value, "webhook secret");
        if (!value.startsWith(PREFIX) || decode(value).length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a webhook secret is whsec_ and base64 of at least 24 bytes");
        }
    }

    public static WebhookSecret generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC key: the bytes after {@code whsec_}, base64-decoded. */
    public byte[] key() {
        return decode(value);
    }

    private static byte[] decode(String value) {
        try {
            return Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    @Override
    public String toString() {
        return "WebhookSecret[redacted]";
    }
}
