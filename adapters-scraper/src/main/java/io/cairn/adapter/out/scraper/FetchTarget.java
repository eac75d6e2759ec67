package io.cairn.adapter.out.scraper;

import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.FetchFailedException.Reason;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.net.URIAuthority;

/** A URL checked for scheme, host syntax and port before any I/O, split into what one GET request needs. */
record FetchTarget(URI uri, String scheme, String host, int port, boolean defaultPort, String pathAndQuery) {

    static FetchTarget of(URI uri, Set<Integer> allowedPorts) {
        if (uri.getScheme() == null) {
            throw invalid("not an absolute URL: " + uri);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchFailedException(
                    Reason.UNSUPPORTED_SCHEME, "only http and https URLs are fetched, not " + scheme + ":");
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            throw invalid("no host in " + uri);
        }
        HostAndPort authority = HostAndPort.of(uri);
        if (authority.port() > 65_535) {
            throw invalid("bad port in " + uri);
        }
        try {
            NumericHost.parse(authority.host());
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
        int defaultPort = scheme.equals("https") ? 443 : 80;
        int port = authority.port() == -1 ? defaultPort : authority.port();
        if (!allowedPorts.contains(port)) {
            throw new FetchFailedException(Reason.BLOCKED_BY_SSRF_GUARD, "port " + port + " is not allowed");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new FetchTarget(uri, scheme, authority.host(), port, port == defaultPort, path + query);
    }

    /** Built field by field so user info never leaves and the path can never be read as an authority. */
    HttpGet newRequest() {
        HttpGet get = new HttpGet("/");
        get.setScheme(scheme);
        get.setAuthority(new URIAuthority(host, defaultPort ? -1 : port));
        get.setPath(pathAndQuery);
        return get;
    }

    /** The same, as a POST: for webhooks. */
    HttpPost newPost() {
        HttpPost post = new HttpPost("/");
        post.setScheme(scheme);
        post.setAuthority(new URIAuthority(host, defaultPort ? -1 : port));
        post.setPath(pathAndQuery);
        return post;
    }

    private static FetchFailedException invalid(String message) {
        return new FetchFailedException(Reason.INVALID_URL, message);
    }

    /**
     * Host and port, also for authorities {@link URI} will not parse as a server ({@code 0x7f.1}, {@code 127.1},
     * names with underscores): those hosts must reach the guard, not slip past it as "no host".
     */
    private record HostAndPort(String host, int port) {

        static HostAndPort of(URI uri) {
            if (uri.getHost() != null) {
                return new HostAndPort(unbracketed(uri.getHost()), uri.getPort());
            }
            String authority = uri.getRawAuthority();
            String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
            int colon = hostPort.lastIndexOf(':');
            if (hostPort.startsWith("[") || colon < 0) {
                return checked(hostPort, -1, uri);
            }
            String digits = hostPort.substring(colon + 1);
            if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 5) {
                throw invalid("bad port in " + uri);
            }
            return checked(hostPort.substring(0, colon), Integer.parseInt(digits), uri);
        }

        private static HostAndPort checked(String host, int port, URI uri) {
            if (host.isBlank() || !host.chars().allMatch(c -> c > ' ' && c < 127 && "[]%/\\".indexOf(c) < 0)) {
                throw invalid("bad host in " + uri);
            }
            return new HostAndPort(host, port);
        }

        private static String unbracketed(String host) {
            return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        }
    }
}
