package io.cairn.domain.source;

/**
 * What a sync needs to know about a fetched page to skip it when it did not change: the server's validators
 * ({@code ETag}, {@code Last-Modified}) for a conditional GET, the sitemap's {@code lastmod}, a hash of the raw
 * bytes (an identical body is not parsed again), and how many links from the start page it was found.
 */
public record PageState(String etag, String lastModified, String sitemapLastmod, String bodyHash, int depth) {

    public static final PageState NONE = new PageState("", "", "", "", 0);

    public PageState {
        etag = etag == null ? "" : etag;
        lastModified = lastModified == null ? "" : lastModified;
        sitemapLastmod = sitemapLastmod == null ? "" : sitemapLastmod;
        bodyHash = bodyHash == null ? "" : bodyHash;
    }
}
