package io.cairn.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook the Standard Webhooks way: HMAC-SHA256, keyed with the endpoint's decoded secret, over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, sent as {@code v1,<base64 of the MAC>} in {@code webhook-signature}.
 */
public final class StandardWebhookSignature {

    public static final String VERSION = "v1";

    private StandardWebhookSignature() {}

    public static String sign(WebhookSecret secret, String messageId, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            byte[] signed =
                    mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return VERSION + "," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
