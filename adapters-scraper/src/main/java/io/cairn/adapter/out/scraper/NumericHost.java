package io.cairn.adapter.out.scraper;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an all-numeric host the way inet_aton and browsers do ({@code 2130706433}, {@code 0x7f.1},
 * {@code 0177.0.0.1}, {@code 127.1}). The JDK reads {@code 0177.0.0.1} as 177.0.0.1, so without this the address
 * checked would not be the one a browser, curl or a proxy would reach.
 */
final class NumericHost {

    private static final Pattern NUMERIC = Pattern.compile("(?:0x[0-9a-f]*|[0-9]+)(?:\\.(?:0x[0-9a-f]*|[0-9]+))*\\.?");

    private NumericHost() {}

    /**
     * @return the IPv4 address the host denotes, or empty when the host is a name
     * @throws IllegalArgumentException when the host looks numeric but is not a valid IPv4 address
     */
    static Optional<InetAddress> parse(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (!NUMERIC.matcher(lower).matches()) {
            return Optional.empty();
        }
        String[] parts = (lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower).split("\\.");
        if (parts.length > 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + host);
        }
        long value = 0;
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            int bits = last ? 8 * (4 - i) : 8;
            long part = component(parts[i], host);
            if (part >= 1L << bits) {
                throw new IllegalArgumentException("not an IPv4 address: " + host);
            }
            value = last ? (value << bits) | part : (value << 8) | part;
        }
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }

    private static long component(String part, String host) {
        try {
            if (part.startsWith("0x")) {
                return part.length() == 2 ? 0 : parseBounded(part.substring(2), 16);
            }
            return part.length() > 1 && part.startsWith("0")
                    ? parseBounded(part.substring(1), 8)
                    : parseBounded(part, 10);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an IPv4 address: " + host, e);
        }
    }

    /** Caps the digits so a 40-digit "address" fails instead of overflowing into a valid-looking one. */
    private static long parseBounded(String digits, int radix) {
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (significant.length() > 11) {
            throw new NumberFormatException("too many digits");
        }
        return Long.parseLong(significant, radix);
    }
}
