package io.cairn.adapter.out.scraper;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The address ranges an outbound fetch may never reach: loopback, private, carrier-grade NAT, link-local (cloud
 * metadata), multicast and reserved, plus IPv6 forms that carry such an IPv4 address inside them.
 */
final class BlockedAddresses {

    private static final List<Cidr> IPV4 = List.of(
            Cidr.parse("0.0.0.0/8"),
            Cidr.parse("10.0.0.0/8"),
            Cidr.parse("100.64.0.0/10"),
            Cidr.parse("127.0.0.0/8"),
            Cidr.parse("169.254.0.0/16"),
            Cidr.parse("172.16.0.0/12"),
            Cidr.parse("192.168.0.0/16"),
            Cidr.parse("224.0.0.0/4"),
            Cidr.parse("240.0.0.0/4"));

    private static final List<Cidr> IPV6 = List.of(
            Cidr.parse("::/128"),
            Cidr.parse("::1/128"),
            Cidr.parse("fc00::/7"),
            Cidr.parse("fe80::/10"),
            Cidr.parse("fec0::/10"),
            Cidr.parse("ff00::/8"),
            // RFC 8215 local-use NAT64: the IPv4 address may sit anywhere in it, so the whole prefix is refused.
            Cidr.parse("64:ff9b:1::/48"));

    /** ::/96 (IPv4-compatible) and 64:ff9b::/96 (NAT64) carry the IPv4 address in their last four bytes. */
    private static final List<Cidr> IPV4_IN_LAST_FOUR_BYTES = List.of(Cidr.parse("::/96"), Cidr.parse("64:ff9b::/96"));

    /** 6to4 carries the IPv4 address in bytes 2 to 5. */
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private BlockedAddresses() {}

    static boolean isBlocked(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? isBlockedIpv4(bytes) : isBlockedIpv6(bytes);
    }

    private static boolean isBlockedIpv4(byte[] bytes) {
        return IPV4.stream().anyMatch(range -> range.contains(bytes));
    }

    private static boolean isBlockedIpv6(byte[] bytes) {
        return IPV6.stream().anyMatch(range -> range.contains(bytes))
                || embeddedIpv4(bytes).map(BlockedAddresses::isBlockedIpv4).orElse(false);
    }

    private static Optional<byte[]> embeddedIpv4(byte[] bytes) {
        if (isIpv4Mapped(bytes) || IPV4_IN_LAST_FOUR_BYTES.stream().anyMatch(range -> range.contains(bytes))) {
            return Optional.of(Arrays.copyOfRange(bytes, 12, 16));
        }
        return SIX_TO_FOUR.contains(bytes) ? Optional.of(Arrays.copyOfRange(bytes, 2, 6)) : Optional.empty();
    }

    /** ::ffff:0:0/96, written out because the JDK turns such literals into IPv4 addresses. */
    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    /** An address range; parsed from literals only, so building one never touches DNS. */
    private record Cidr(byte[] network, int prefixLength) {

        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            try {
                return new Cidr(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an address literal: " + text, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int wholeBytes = prefixLength / 8;
            for (int i = 0; i < wholeBytes; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int restBits = prefixLength % 8;
            int mask = (0xff << (8 - restBits)) & 0xff;
            return restBits == 0 || (address[wholeBytes] & mask) == (network[wholeBytes] & mask);
        }
    }
}
