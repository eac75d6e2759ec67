package io.cairn.usecase.source;

import io.cairn.domain.error.ValidationException;
import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.PageFetcherPort;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks a URL a user gave as a source: an absolute http(s) URL the guarded fetcher would agree to fetch. */
final class SourceUrls {

    private final PageFetcherPort fetcher;

    SourceUrls(PageFetcherPort fetcher) {
        this.fetcher = fetcher;
    }

    /** @throws ValidationException naming the reason, for example a private address or a refused port */
    String vetted(String url) {
        String checked = checkedUrl(url);
        try {
            fetcher.vet(URI.create(checked));
        } catch (FetchFailedException e) {
            throw new ValidationException("url", e.reason().code() + ": " + e.getMessage());
        }
        return checked;
    }

    static String checkedUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ValidationException("url", "must be an absolute http(s) URL");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new ValidationException("url", "must be an absolute http(s) URL");
        }
    }
}
