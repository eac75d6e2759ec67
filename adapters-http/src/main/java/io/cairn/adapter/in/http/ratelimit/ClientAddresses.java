package io.cairn.adapter.in.http.ratelimit;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who a client is, for per-visitor rate limits: the connection's peer address. Forwarding headers are trusted only
 * when the operator names one in {@code cairn.http.client-address-header} (the server then sits behind a
 * proxy that sets it); the last entry is taken, the one the proxy itself appended, since a client can forge the rest.
 */
@Singleton
public class ClientAddresses {

    private final Optional<String> header;

    public ClientAddresses(@Value("${cairn.http.client-address-header:}") String header) {
        this.header = Optional.ofNullable(header).map(String::strip).filter(h -> !h.isEmpty());
    }

    public String of(HttpRequest<?> request) {
        return header.flatMap(name -> lastEntry(request.getHeaders().getAll(name)))
                .orElseGet(() -> peer(request.getRemoteAddress()));
    }

    private static Optional<String> lastEntry(List<String> values) {
        return values.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .reduce((first, second) -> second);
    }

    private static String peer(InetSocketAddress address) {
        if (address == null) {
            return "unknown";
        }
        return address.getAddress() == null
                ? address.getHostString()
                : address.getAddress().getHostAddress();
    }
}
