package io.cairn.domain.widget;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a browser's {@code Origin} may use a bot's widget: it must equal one of the bot's allowed origins in
 * scheme, host and port (a default port written out or left implicit is the same port). No origin, {@code null},
 * anything but http(s), or an empty allow-list: denied.
 */
public final class OriginPolicy {

    private OriginPolicy() {}

    /** The request's origin, exactly as it was sent, when it is allowed; nothing otherwise. */
    public static Optional<String> allowed(List<String> allowedOrigins, Optional<String> origin) {
        Optional<Key> requested = origin.flatMap(OriginPolicy::parse);
        if (requested.isEmpty()) {
            return Optional.empty();
        }
        boolean listed = allowedOrigins.stream()
                .map(OriginPolicy::parse)
                .flatMap(Optional::stream)
                .anyMatch(requested.get()::equals);
        return listed ? origin.map(String::strip) : Optional.empty();
    }

    private static Optional<Key> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        String bare = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        try {
            URI uri = new URI(bare);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            boolean bareOrigin = uri.getRawUserInfo() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
            if (!web || !bareOrigin || uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(new Key(scheme, uri.getHost().toLowerCase(Locale.ROOT), port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private record Key(String scheme, String host, int port) {}
}
