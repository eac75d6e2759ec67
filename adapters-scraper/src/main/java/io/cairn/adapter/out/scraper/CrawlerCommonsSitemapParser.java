package io.cairn.adapter.out.scraper;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import io.cairn.ports.out.crawl.Sitemap;
import io.cairn.ports.out.crawl.SitemapParserPort;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Driven adapter for {@link SitemapParserPort} on crawler-commons: XML, text and RSS sitemaps and sitemap indexes.
 * A gzipped sitemap is unpacked here, at most {@link #MAX_UNPACKED_BYTES} (the protocol's own limit), so a gzip bomb
 * fails instead of filling the heap; doctype declarations are refused, so no external entity is ever read.
 */
public final class CrawlerCommonsSitemapParser implements SitemapParserPort {

    /** The sitemap protocol's limit on an uncompressed sitemap: 50 MiB. */
    static final int MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

    @Override
    public Sitemap parse(URI url, byte[] body, String contentType) {
        try {
            boolean gzipped = isGzip(body);
            SiteMapParser parser = new SiteMapParser(false);
            parser.setAllowDocTypeDefinitions(false);
            String type = gzipped || contentType.isBlank() ? "text/xml" : contentType;
            AbstractSiteMap parsed = parser.parseSiteMap(type, gzipped ? gunzip(body) : body, url.toURL());
            if (parsed instanceof SiteMapIndex index) {
                List<URI> children = new ArrayList<>();
                for (AbstractSiteMap child : index.getSitemaps()) {
                    children.add(child.getUrl().toURI());
                }
                return new Sitemap.Index(children);
            }
            List<Sitemap.Entry> entries = new ArrayList<>();
            for (SiteMapURL entry : ((SiteMap) parsed).getSiteMapUrls()) {
                entries.add(new Sitemap.Entry(entry.getUrl().toURI(), lastmod(entry)));
            }
            return new Sitemap.UrlSet(entries);
        } catch (IOException
                | URISyntaxException
                | RuntimeException
                | crawlercommons.sitemaps.UnknownFormatException e) {
            throw new SitemapParseException("the sitemap " + url + " could not be read: " + e.getMessage(), e);
        }
    }

    private static String lastmod(SiteMapURL entry) {
        return entry.getLastModified() == null
                ? ""
                : DateTimeFormatter.ISO_INSTANT.format(entry.getLastModified().toInstant());
    }

    private static boolean isGzip(byte[] body) {
        return body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                total += n;
                if (total > MAX_UNPACKED_BYTES) {
                    throw new IOException("it unpacks to more than " + MAX_UNPACKED_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
