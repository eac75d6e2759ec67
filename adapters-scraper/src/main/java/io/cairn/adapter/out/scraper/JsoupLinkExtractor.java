package io.cairn.adapter.out.scraper;

import io.cairn.ports.out.crawl.LinkExtractorPort;
import io.cairn.ports.out.crawl.PageLinks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Driven adapter for {@link LinkExtractorPort} on jsoup: the page's {@code <a href>} links resolved against its URL
 * (or its {@code <base>}), its canonical link, and its robots meta tag. Links marked {@code rel="nofollow"} are left.
 */
public final class JsoupLinkExtractor implements LinkExtractorPort {

    private static final int MAX_LINKS = 5_000;

    @Override
    public PageLinks extract(URI pageUrl, byte[] body, String contentType) {
        if (!looksLikeHtml(contentType, body)) {
            return PageLinks.NONE;
        }
        Document doc;
        try {
            // Decoded as HtmlTextExtractor does: jsoup reads the BOM or <meta charset>, falling back to UTF-8.
            doc = Jsoup.parse(new ByteArrayInputStream(body), null, pageUrl.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<URI> links = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            if (links.size() == MAX_LINKS) {
                break;
            }
            if (a.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) {
                continue;
            }
            uri(a.absUrl("href")).ifPresent(links::add);
        }
        Optional<URI> canonical = Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]"))
                .flatMap(link -> uri(link.absUrl("href")));
        String robots = Optional.ofNullable(doc.selectFirst("meta[name=robots]"))
                .map(m -> m.attr("content").toLowerCase(Locale.ROOT))
                .orElse("");
        return new PageLinks(links, canonical, robots.contains("noindex"), robots.contains("nofollow"));
    }

    private static boolean looksLikeHtml(String contentType, byte[] body) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return true;
        }
        if (!type.isBlank() && !type.startsWith("text/plain")) {
            return false;
        }
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static Optional<URI> uri(String absolute) {
        if (absolute.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(absolute.replace(" ", "%20")));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
