package io.cairn.ports.out.crawl;

import java.net.URI;

/** Driven port: reads a sitemap or sitemap index (XML, text, gzipped or not) into entries or child sitemaps. */
public interface SitemapParserPort {

    /** @throws SitemapParseException when the body is not a sitemap, or unpacks past the size limit */
    Sitemap parse(URI url, byte[] body, String contentType);

    /** Why a sitemap could not be read. */
    class SitemapParseException extends RuntimeException {
        public SitemapParseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
