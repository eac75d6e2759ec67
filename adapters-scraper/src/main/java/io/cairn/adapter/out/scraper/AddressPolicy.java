package io.cairn.adapter.out.scraper;

import java.net.InetAddress;

/** Decides whether the fetcher may connect to one resolved address; production uses {@link #PUBLIC_ONLY}. */
@FunctionalInterface
interface AddressPolicy {

    /** The SSRF guard: only addresses outside every private, local and reserved range. */
    AddressPolicy PUBLIC_ONLY = (address, port) -> !BlockedAddresses.isBlocked(address);

    /** No address check at all; chosen only by {@link FetchSettings#allowPrivateNetwork()}. */
    AddressPolicy ANY = (address, port) -> true;

    /** @param port the port about to be connected to, or -1 when the caller does not know it */
    boolean permits(InetAddress address, int port);

    static AddressPolicy of(FetchSettings settings) {
        return settings.allowPrivateNetwork() ? ANY : PUBLIC_ONLY;
    }
}
