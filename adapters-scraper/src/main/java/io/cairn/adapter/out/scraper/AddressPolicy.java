package io.cairn.adapter.out.scraper;

import java.net.InetAddress;
import java.util.Set;

/** Decides whether the fetcher may connect to one resolved address; production uses {@link #PUBLIC_ONLY}. */
@FunctionalInterface
interface AddressPolicy {

    /** The SSRF guard: only addresses outside every private, local and reserved range. */
    AddressPolicy PUBLIC_ONLY = (address, port) -> !BlockedAddresses.isBlocked(address);

    /** No address check at all; chosen only by {@link FetchSettings#allowPrivateNetwork()}. */
    AddressPolicy ANY = (address, port) -> true;

    /** @param port the port about to be connected to, or -1 when the caller does not know it */
    boolean permits(InetAddress address, int port);

    /**
     * The policy the settings ask for: any address, or public ones only plus the operator's trusted
     * {@code address:port} pairs (an intranet wiki, or a test site on loopback).
     */
    static AddressPolicy of(FetchSettings settings) {
        if (settings.allowPrivateNetwork()) {
            return ANY;
        }
        Set<String> trusted = settings.trustedTargets();
        if (trusted.isEmpty()) {
            return PUBLIC_ONLY;
        }
        return (address, port) ->
                trusted.contains(address.getHostAddress() + ":" + port) || PUBLIC_ONLY.permits(address, port);
    }
}
