package io.cairn.adapter.out.scraper;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The fetcher's only DNS step: resolves a host once, refuses it if any record is forbidden, and gives the HTTP client
 * exactly the records it checked, so the connection cannot go to a second, rebound answer.
 */
final class GuardedDnsResolver implements DnsResolver {

    private final AddressPolicy policy;

    GuardedDnsResolver(AddressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return Arrays.stream(checked(host, port))
                .map(address -> new InetSocketAddress(address, port))
                .toList();
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return checked(host, -1);
    }

    /** No reverse lookup: the name we were given is the name we use. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    private InetAddress[] checked(String host, int port) throws UnknownHostException {
        InetAddress[] addresses = lookUp(host);
        for (InetAddress address : addresses) {
            if (!policy.permits(address, port)) {
                throw new BlockedAddressException(host, address);
            }
        }
        return addresses;
    }

    private static InetAddress[] lookUp(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.isBlank()) {
            // The JDK answers an empty name with the loopback address.
            throw new UnknownHostException("empty host");
        }
        Optional<InetAddress> numeric;
        try {
            numeric = NumericHost.parse(bare);
        } catch (IllegalArgumentException e) {
            throw new UnknownHostException(host + " is not a valid host");
        }
        return numeric.isPresent() ? new InetAddress[] {numeric.get()} : InetAddress.getAllByName(bare);
    }
}
