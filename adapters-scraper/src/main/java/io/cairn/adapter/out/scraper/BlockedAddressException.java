package io.cairn.adapter.out.scraper;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Thrown from inside the HTTP client's DNS step when a host resolves to an address the guard refuses. */
final class BlockedAddressException extends UnknownHostException {

    private static final long serialVersionUID = 1L;

    BlockedAddressException(String host, InetAddress address) {
        super(host + " resolves to " + address.getHostAddress() + ", which is not a public address");
    }
}
