package io.cairn.domain.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Normalises page URLs so one page is crawled once: lower-case scheme and host, no default port, no fragment, dot
 * segments resolved, an empty path as {@code /}, and tracking parameters ({@code utm_*}, {@code gclid},
 * {@code fbclid}) dropped. Only absolute http(s) URLs survive.
 */
public final class WebAddress {

    private WebAddress() {}

    public static Optional<URI> normalise(String raw) {
        try {
            return normalise(new URI(raw.strip()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static Optional<URI> normalise(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null) {
            return Optional.empty();
        }
        try {
            URI clean = uri.normalize();
            String host = clean.getHost() == null ? null : clean.getHost().toLowerCase(Locale.ROOT);
            if (host == null) {
                return Optional.empty();
            }
            int port = clean.getPort();
            boolean defaultPort = (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
            String authority = host + (port == -1 || defaultPort ? "" : ":" + port);
            String path = clean.getRawPath() == null || clean.getRawPath().isEmpty() ? "/" : clean.getRawPath();
            String query = query(clean.getRawQuery());
            return Optional.of(new URI(scheme + "://" + authority + path + (query.isEmpty() ? "" : "?" + query)));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The part globs are matched against: the raw path, plus {@code ?query} when there is one. */
    public static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    public static boolean sameSite(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && a.getPort() == b.getPort();
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            String lower = name.toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !lower.startsWith("utm_") && !lower.equals("gclid") && !lower.equals("fbclid")) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}
