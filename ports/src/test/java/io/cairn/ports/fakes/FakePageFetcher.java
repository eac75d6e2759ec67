package io.cairn.ports.fakes;

import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.FetchedPage;
import io.cairn.ports.out.fetch.PageFetcherPort;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Serves pages from a map; any other URL fails with HTTP 404. */
public class FakePageFetcher implements PageFetcherPort {

    private final Map<URI, String> pages = new ConcurrentHashMap<>();
    private final Map<URI, URI> redirects = new ConcurrentHashMap<>();

    public FakePageFetcher page(String url, String html) {
        pages.put(URI.create(url), html);
        return this;
    }

    /** The page disappears: fetching it now fails with HTTP 404. */
    public FakePageFetcher gone(String url) {
        pages.remove(URI.create(url));
        return this;
    }

    /** Fetching {@code from} lands on {@code to}, as after a redirect. */
    public FakePageFetcher redirect(String from, String to) {
        redirects.put(URI.create(from), URI.create(to));
        return this;
    }

    @Override
    public FetchedPage fetch(URI requested) {
        URI uri = redirects.getOrDefault(requested, requested);
        String body = pages.get(uri);
        if (body == null) {
            throw FetchFailedException.status(404, "HTTP 404 for " + uri);
        }
        return new FetchedPage(
                uri, 200, "text/html", body.getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty());
    }
}
