package io.cairn.adapter.out.payments;

import io.cairn.domain.error.UnauthorizedException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 signing, constant-time comparison and the timestamp window both providers' webhooks share. */
public final class Signatures {

    /** How far a webhook's timestamp may lie from now, either way, before it counts as a replay. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private Signatures() {}

    public static byte[] hmacSha256(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    /** Compares in time independent of where the two differ, so a forger learns nothing from timing. */
    public static boolean same(byte[] expected, byte[] given) {
        return MessageDigest.isEqual(expected, given);
    }

    public static UnauthorizedException invalid() {
        return new UnauthorizedException("webhook_signature_invalid", "The webhook's signature does not verify");
    }

    /** Refuses a signed timestamp further than {@link #TOLERANCE} from now, in the past (a replay) or the future. */
    public static void requireFresh(long epochSeconds, Instant now) {
        Duration skew =
                Duration.between(Instant.ofEpochSecond(epochSeconds), now).abs();
        if (skew.compareTo(TOLERANCE) > 0) {
            throw new UnauthorizedException(
                    "webhook_timestamp_stale", "The webhook's timestamp is more than 5 minutes from now");
        }
    }

    public static long epochSeconds(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }
}
