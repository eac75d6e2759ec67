package io.cairn.adapter.out.payments.polar;

import io.cairn.adapter.out.payments.Signatures;
import io.cairn.ports.out.payments.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Checks a Standard Webhooks signature: HMAC-SHA256 over {@code webhook-id.webhook-timestamp.body}, sent base64
 * in {@code webhook-signature} as space-separated {@code v1,<sig>} entries (any one may match, so secrets can
 * rotate), with a timestamp at most 5 minutes from now either way.
 */
final class StandardWebhooksVerifier {

    private static final String PREFIX = "whsec_";

    private final byte[] key;

    /**
     * A secret in the standard's {@code whsec_<base64>} form is base64-decoded. Polar shows its secret as plain
     * text, and its SDKs base64-encode it before handing it to Standard Webhooks: the key is then its UTF-8 bytes.
     */
    StandardWebhooksVerifier(String secret) {
        this.key = secret.startsWith(PREFIX)
                ? Base64.getDecoder().decode(secret.substring(PREFIX.length()))
                : secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The verified timestamp; a missing header or a signature that does not match throws, then a stale time. */
    Instant verify(WebhookRequest request, Instant now) {
        String id = request.header("webhook-id").orElseThrow(Signatures::invalid);
        String timestamp = request.header("webhook-timestamp").orElseThrow(Signatures::invalid);
        String signatures = request.header("webhook-signature").orElseThrow(Signatures::invalid);
        byte[] expected = Signatures.hmacSha256(
                key, (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), request.body());
        if (!anyMatches(signatures, expected)) {
            throw Signatures.invalid();
        }
        long seconds = Signatures.epochSeconds(timestamp);
        Signatures.requireFresh(seconds, now);
        return Instant.ofEpochSecond(seconds);
    }

    private static boolean anyMatches(String header, byte[] expected) {
        boolean matched = false;
        for (String entry : header.strip().split(" +")) {
            int comma = entry.indexOf(',');
            if (comma < 0 || !entry.substring(0, comma).equals("v1")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(entry.substring(comma + 1));
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            matched |= Signatures.same(expected, given);
        }
        return matched;
    }
}
