package io.cairn.domain.apikey;

import io.cairn.domain.common.ContentHash;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an API key, {@code ck_} and 32 random bytes in hex. It is shown once; the server keeps its SHA-256
 * (enough for 256 random bits, unlike a password) and a short prefix that lets people tell keys apart.
 */
public record ApiKeySecret(String value) {

    public static final String MARKER = "ck_";
    private static final int PREFIX_LENGTH = MARKER.length() + 8;
    private static final Pattern FORMAT = Pattern.compile("ck_[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ApiKeySecret {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an API key");
        }
    }

    public static ApiKeySecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ApiKeySecret(MARKER + HexFormat.of().formatHex(bytes));
    }

    /** Whether a presented credential has the shape of a key at all; only such strings are looked up. */
    public static boolean isWellFormed(String presented) {
        return presented != null && FORMAT.matcher(presented).matches();
    }

    public String prefix() {
        return value.substring(0, PREFIX_LENGTH);
    }

    public String hash() {
        return ContentHash.of(value);
    }

    @Override
    public String toString() {
        return "ApiKeySecret[" + prefix() + "…]";
    }
}
