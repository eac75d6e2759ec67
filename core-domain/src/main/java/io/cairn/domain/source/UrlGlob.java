package io.cairn.domain.source;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Matches a URL's path (and query) against a glob: {@code *} stays within one path segment, {@code **} crosses
 * segments, {@code ?} is one character. A glob without a leading slash matches at any depth, so {@code *.pdf} takes
 * every PDF.
 */
public final class UrlGlob {

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private UrlGlob() {}

    public static boolean matches(String glob, String pathAndQuery) {
        return COMPILED.computeIfAbsent(glob, UrlGlob::compile)
                .matcher(pathAndQuery)
                .matches();
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder(glob.startsWith("/") ? "" : "(?:.*/)?");
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/?]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // A glob for a page also matches it with a query string: /pricing matches /pricing?plan=pro.
        regex.append("(?:\\?.*)?");
        return Pattern.compile(regex.toString());
    }
}
