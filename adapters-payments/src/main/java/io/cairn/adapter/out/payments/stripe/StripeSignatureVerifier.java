package io.cairn.adapter.out.payments.stripe;

import io.cairn.adapter.out.payments.Signatures;
import io.cairn.ports.out.payments.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Checks Stripe's {@code Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>…]}: HMAC-SHA256 of {@code t.body} keyed
 * with the endpoint secret's UTF-8 bytes; any {@code v1} may match (secrets roll), and {@code t} must lie within
 * 5 minutes of now.
 */
final class StripeSignatureVerifier {

    private final byte[] key;

    StripeSignatureVerifier(String secret) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    void verify(WebhookRequest request, Instant now) {
        String header = request.header("stripe-signature").orElseThrow(Signatures::invalid);
        String timestamp = null;
        boolean matched = false;
        byte[] expected = null;
        for (String part : header.split(",")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = part.substring(0, equals).strip();
            String value = part.substring(equals + 1).strip();
            if (name.equals("t") && timestamp == null) {
                timestamp = value;
                expected =
                        Signatures.hmacSha256(key, (timestamp + ".").getBytes(StandardCharsets.UTF_8), request.body());
            } else if (name.equals("v1") && expected != null) {
                matched |= Signatures.same(expected, hex(value));
            }
        }
        if (!matched) {
            throw Signatures.invalid();
        }
        Signatures.requireFresh(Signatures.epochSeconds(timestamp), now);
    }

    private static byte[] hex(String value) {
        try {
            return HexFormat.of().parseHex(value);
        } catch (IllegalArgumentException notHex) {
            return new byte[0];
        }
    }
}
