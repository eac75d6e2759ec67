package io.cairn.usecase.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.source.CrawlSettings;
import io.cairn.ports.fakes.FakeDocumentParser;
import io.cairn.ports.fakes.FakePageFetcher;
import io.cairn.ports.in.source.IngestMode;
import io.cairn.ports.out.crawl.LinkExtractorPort;
import io.cairn.ports.out.crawl.PageLinks;
import io.cairn.ports.out.crawl.RobotsRules;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SiteCrawlTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    private final FakePageFetcher site = new FakePageFetcher();

    @Test
    void should_crawl_the_site_the_start_page_moved_to_when_it_redirects_to_another_host() {
        // given: the bare http domain redirects to https://www.
        site.redirect("http://example.com/", "https://www.example.com/")
                .page("https://www.example.com/", "<a href=\"/pricing\">p</a> <a href=\"http://example.com/old\">o</a>")
                .page("https://www.example.com/pricing", "<p>Plans start at ten euros.</p>");

        // when
        List<String> taken = references(new SiteCrawl(
                URI.create("http://example.com/"), CrawlSettings.defaults(), Map.of(), retriever(), links()));

        // then
        assertThat(taken).containsExactly("https://www.example.com/", "https://www.example.com/pricing");
    }

    @Test
    void should_stop_at_the_page_cap_and_skip_what_the_globs_exclude_when_a_site_is_large() {
        // given
        StringBuilder index = new StringBuilder("<a href=\"/drafts/x\">d</a>");
        for (int i = 0; i < 20; i++) {
            index.append("<a href=\"/p").append(i).append("\">p</a>");
            site.page("https://shop.example/p" + i, "<p>Page " + i + "</p>");
        }
        site.page("https://shop.example/", index.toString()).page("https://shop.example/drafts/x", "<p>Draft</p>");
        var bounds = new CrawlSettings(2, 5, List.of(), List.of("/drafts/**"));

        // when
        List<String> taken =
                references(new SiteCrawl(URI.create("https://shop.example/"), bounds, Map.of(), retriever(), links()));

        // then
        assertThat(taken)
                .containsExactly(
                        "https://shop.example/",
                        "https://shop.example/p0",
                        "https://shop.example/p1",
                        "https://shop.example/p2",
                        "https://shop.example/p3");
    }

    private PageRetriever retriever() {
        CrawlPorts ports = new CrawlPorts(
                (url, body, type) -> RobotsRules.allowAll(),
                (url, body, type) -> {
                    throw new UnsupportedOperationException("no sitemaps here");
                },
                links(),
                new HostPoliteness(Duration.ZERO, 1));
        return new PageRetriever(site, new FakeDocumentParser(), ports, IngestMode.REBUILD);
    }

    private static LinkExtractorPort links() {
        return (url, body, type) -> {
            List<URI> found = new ArrayList<>();
            Matcher m = HREF.matcher(new String(body, StandardCharsets.UTF_8));
            while (m.find()) {
                found.add(url.resolve(m.group(1)));
            }
            return new PageLinks(found, Optional.empty(), false, false);
        };
    }

    private static List<String> references(SiteCrawl crawl) {
        List<String> out = new ArrayList<>();
        crawl.forEachRemaining(d -> out.add(d.reference()));
        return out;
    }
}
