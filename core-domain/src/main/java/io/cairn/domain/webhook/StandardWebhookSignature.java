package io.cairn.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Signs a webhook the Standard Webhooks way: HMAC-SHA256, keyed with the endpoint's decoded secret, over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, sent as {@code v1,<base64 of the MAC>} in {@code webhook-signature}.
 * HMAC (RFC 2104) is written out over {@link MessageDigest}, because the domain uses {@code java.*} only.
 */
public final class StandardWebhookSignature {

    public static final String VERSION = "v1";
    private static final int BLOCK_BYTES = 64;

    private StandardWebhookSignature() {}

    public static String sign(WebhookSecret secret, String messageId, long timestampSeconds, String body) {
        byte[] content = (messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8);
        return VERSION + "," + Base64.getEncoder().encodeToString(hmacSha256(secret.key(), content));
    }

    static byte[] hmacSha256(byte[] key, byte[] message) {
        byte[] block = new byte[BLOCK_BYTES];
        byte[] k = key.length > BLOCK_BYTES ? sha256().digest(key) : key;
        System.arraycopy(k, 0, block, 0, k.length);
        byte[] inner = new byte[BLOCK_BYTES];
        byte[] outer = new byte[BLOCK_BYTES];
        for (int i = 0; i < BLOCK_BYTES; i++) {
            inner[i] = (byte) (block[i] ^ 0x36);
            outer[i] = (byte) (block[i] ^ 0x5c);
        }
        MessageDigest digest = sha256();
        digest.update(inner);
        byte[] innerHash = digest.digest(message);
        digest.update(outer);
        return digest.digest(innerHash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
