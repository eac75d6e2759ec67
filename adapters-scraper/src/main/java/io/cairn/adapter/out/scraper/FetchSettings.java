package io.cairn.adapter.out.scraper;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Limits of the guarded fetcher. {@code allowPrivateNetwork} turns the address check off: for an operator's intranet
 * and for tests only. {@code trustedTargets} lets through only the listed {@code address:port} pairs (for example
 * {@code 10.0.0.5:80}, or a test site on {@code 127.0.0.1:8123}) while every other private address stays blocked. {@code connectTimeout} also bounds each idle read; {@code totalTimeout} bounds the whole fetch,
 * redirects included.
 */
public record FetchSettings(
        boolean allowPrivateNetwork,
        Set<Integer> allowedPorts,
        long maxBytes,
        Duration connectTimeout,
        Duration totalTimeout,
        int maxRedirects,
        Set<String> trustedTargets) {

    /** Bodies are held in memory, so one must fit in a byte array. */
    static final long MAX_BODY_BYTES = Integer.MAX_VALUE - 16L;

    public FetchSettings {
        allowedPorts = Set.copyOf(Objects.requireNonNull(allowedPorts, "allowedPorts"));
        if (allowedPorts.isEmpty() || allowedPorts.stream().anyMatch(port -> port < 1 || port > 65_535)) {
            throw new IllegalArgumentException("allowedPorts must hold ports between 1 and 65535");
        }
        if (maxBytes <= 0 || maxBytes > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_BODY_BYTES);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(totalTimeout, "totalTimeout");
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative");
        }
        trustedTargets = Set.copyOf(Objects.requireNonNull(trustedTargets, "trustedTargets"));
    }

    /** Public internet only, ports 80 and 443, 10 MiB, 10 s to connect, 30 s in all, 5 redirects. */
    public static FetchSettings defaults() {
        return new FetchSettings(
                false, Set.of(80, 443), 10L * 1024 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(30), 5, Set.of());
    }

    public FetchSettings withAllowPrivateNetwork(boolean allow) {
        return new FetchSettings(
                allow, allowedPorts, maxBytes, connectTimeout, totalTimeout, maxRedirects, trustedTargets);
    }

    public FetchSettings withAllowedPorts(Set<Integer> ports) {
        return new FetchSettings(
                allowPrivateNetwork, ports, maxBytes, connectTimeout, totalTimeout, maxRedirects, trustedTargets);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(
                allowPrivateNetwork, allowedPorts, bytes, connectTimeout, totalTimeout, maxRedirects, trustedTargets);
    }

    public FetchSettings withTotalTimeout(Duration timeout) {
        return new FetchSettings(
                allowPrivateNetwork, allowedPorts, maxBytes, connectTimeout, timeout, maxRedirects, trustedTargets);
    }

    public FetchSettings withMaxRedirects(int redirects) {
        return new FetchSettings(
                allowPrivateNetwork, allowedPorts, maxBytes, connectTimeout, totalTimeout, redirects, trustedTargets);
    }

    public FetchSettings withTrustedTargets(Set<String> targets) {
        return new FetchSettings(
                allowPrivateNetwork, allowedPorts, maxBytes, connectTimeout, totalTimeout, maxRedirects, targets);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
