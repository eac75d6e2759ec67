package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.cairn.adapter.out.openai.FakeOpenAiServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Website and sitemap sources against a real test website on loopback (the only loopback target the fetcher is
 * configured to trust): the exact set of indexed URLs, each skipped URL's reason, dry runs, sitemap indexes with
 * gzip and lastmod, and the change-aware sync.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebsiteCrawlIT {

    @TempDir
    static Path dir;

    private TestWebsite site;
    private TestWebsite handbook;
    private FakeOpenAiServer embeddings;
    private RunningServer server;
    private TenantSteps tenant;

    @BeforeAll
    void start() throws Exception {
        site = TestWebsite.start();
        handbook = TestWebsite.start();
        embeddings = FakeOpenAiServer.start();
        hostileSite();
        server = new RunningServer(
                dir,
                Map.of(
                        "cairn.embedding.base-url",
                        embeddings.baseUrl().toString(),
                        "cairn.embedding.dimension",
                        64,
                        "cairn.fetch.allowed-ports",
                        List.of(80, 443, site.port(), handbook.port()),
                        "cairn.fetch.trusted-targets",
                        List.of(site.target(), handbook.target()),
                        "cairn.fetch.max-bytes",
                        200_000,
                        "cairn.fetch.total-timeout",
                        "3s",
                        "cairn.fetch.crawl-delay",
                        "0ms"));
        tenant = TenantSteps.signUp(server);
    }

    @AfterAll
    void stop() {
        server.close();
        embeddings.close();
        handbook.close();
        site.close();
    }

    @Test
    void should_index_exactly_the_crawlable_pages_and_give_each_skipped_url_its_reason_when_crawling_a_website()
            throws Exception {
        // given
        String bot = tenant.createBot();
        site.clearLog();

        // when
        Map<String, Object> source = tenant.addAndAwait(bot, website(3, 200));

        // then
        assertThat(source.get("status")).isEqualTo("ready");
        assertThat(tenant.documents(bot, (String) source.get("id")))
                .containsOnly(
                        entry(site.url("/"), "ready"),
                        entry(site.url("/docs/"), "ready"),
                        entry(site.url("/about"), "ready"),
                        entry(site.url("/new"), "ready"),
                        entry(site.url("/docs/install"), "ready"),
                        entry(site.url("/docs/billing"), "ready"),
                        entry(site.url("/docs/billing/refunds"), "ready"),
                        entry(site.url("/private/secret"), "skipped robots_disallowed"),
                        entry(site.url("/missing"), "failed http_status"),
                        entry(site.url("/huge"), "failed too_large"),
                        entry(site.url("/app"), "failed empty"),
                        entry(site.url("/data.bin"), "failed unsupported_type"),
                        entry(site.url("/slow"), "failed timeout"),
                        entry(site.url("/go-metadata"), "failed blocked_by_ssrf_guard"));
        assertThat(site.requests())
                .as("excluded, too deep, robots-disallowed and off-site URLs are never fetched")
                .contains("/about?ref=footer")
                .doesNotContain("/tmp/scratch", "/docs/billing/refunds/archive", "/private/secret");
        Map<String, Object> report =
                tenant.syncReports(bot, (String) source.get("id")).get(0);
        assertThat(report).contains(entry("added", 7), entry("skipped", 1), entry("failed", 6));
        assertThat(tenant.citedUrls(tenant.chat(bot, "When are refunds paid back after a request?")))
                .contains(site.url("/docs/billing/refunds"));
    }

    @Test
    void should_list_the_urls_the_crawl_would_take_without_creating_a_source_when_it_is_a_dry_run() throws Exception {
        // given
        String bot = tenant.createBot();

        // when
        var plan = tenant.map(tenant.addSource(bot, website(3, 200).replace("{", "{\"dryRun\":true,")));
        var capped = tenant.map(tenant.addSource(bot, website(3, 3).replace("{", "{\"dryRun\":true,")));

        // then
        Map<String, String> urls = server.list(plan.get("urls")).stream()
                .collect(Collectors.toMap(u -> (String) u.get("url"), u -> reasonCode(u)));
        assertThat(urls)
                .containsOnly(
                        entry(site.url("/"), "take"),
                        entry(site.url("/docs/"), "take"),
                        entry(site.url("/about"), "take"),
                        entry(site.url("/new"), "take"),
                        entry(site.url("/docs/install"), "take"),
                        entry(site.url("/docs/billing"), "take"),
                        entry(site.url("/docs/billing/refunds"), "take"),
                        entry(site.url("/app"), "take"),
                        entry(site.url("/data.bin"), "take"),
                        entry(site.url("/private/secret"), "robots_disallowed"),
                        entry(site.url("/missing"), "http_status"),
                        entry(site.url("/huge"), "too_large"),
                        entry(site.url("/slow"), "timeout"),
                        entry(site.url("/go-metadata"), "blocked_by_ssrf_guard"));
        assertThat(server.list(capped.get("urls")).stream().filter(u -> (boolean) u.get("taken")))
                .extracting(u -> u.get("url"))
                .containsExactly(site.url("/"), site.url("/docs/"), site.url("/about"));
        assertThat(capped.get("complete")).isEqualTo(false);
        assertThat(server.list(tenant.map(tenant.api().get("/api/v1/bots/" + bot + "/sources"))
                        .get("items")))
                .as("a dry run stores nothing")
                .isEmpty();
    }

    @Test
    void should_index_the_pages_of_a_gzipped_sitemap_index_and_skip_unchanged_lastmod_when_syncing() throws Exception {
        // given
        String bot = tenant.createBot();
        Map<String, Object> source =
                tenant.addAndAwait(bot, "{\"type\":\"sitemap\",\"url\":\"" + site.url("/sitemap_index.xml") + "\"}");
        String id = (String) source.get("id");
        site.clearLog();

        // when
        Map<String, Object> synced = tenant.sync(bot, id);

        // then
        assertThat(source.get("status")).isEqualTo("ready");
        assertThat(tenant.documents(bot, id))
                .containsOnly(
                        entry(site.url("/"), "ready"),
                        entry(site.url("/docs/install"), "ready"),
                        entry(site.url("/about"), "ready"),
                        entry(site.url("/private/secret"), "skipped robots_disallowed"));
        assertThat(synced.get("status")).isEqualTo("ready");
        assertThat(tenant.syncReports(bot, id).get(0))
                .contains(entry("unchanged", 3), entry("added", 0), entry("changed", 0), entry("removed", 0));
        assertThat(site.requests())
                .as("pages whose sitemap lastmod did not change are not fetched again")
                .containsOnly("/robots.txt", "/sitemap_index.xml", "/sitemaps/pages.xml.gz");
    }

    @Test
    void should_fail_the_source_with_the_reason_when_the_crawl_finds_no_usable_page() throws Exception {
        // given
        String bot = tenant.createBot();

        // when
        Map<String, Object> source =
                tenant.addAndAwait(bot, "{\"type\":\"website\",\"url\":\"" + site.url("/missing") + "\"}");

        // then
        assertThat(source.get("status")).isEqualTo("failed");
        assertThat((String) source.get("error")).startsWith("http_status").contains("404");
    }

    @Test
    void should_report_one_change_one_removal_one_addition_and_embed_only_new_text_when_a_site_changes()
            throws Exception {
        // given
        handbook.page(
                        "/",
                        "Acme Handbook",
                        "The handbook covers travel, expenses and equipment.",
                        "/travel",
                        "/expenses",
                        "/equipment")
                .page("/travel", "Travel", "Book flights through the travel portal at least two weeks ahead.")
                .page("/expenses", "Expenses", "Submit expense receipts within thirty days of purchase.")
                .page("/equipment", "Equipment", "Company laptops are replaced every three years.");
        String bot = tenant.createBot();
        Map<String, Object> first = tenant.addAndAwait(
                bot, "{\"type\":\"website\",\"url\":\"" + handbook.url("/") + "\",\"schedule\":\"daily\"}");
        String id = (String) first.get("id");
        handbook.page(
                        "/",
                        "Acme Handbook",
                        "The handbook covers travel, expenses and equipment.",
                        "/travel",
                        "/expenses",
                        "/parking")
                .page("/travel", "Travel", "Book flights through the travel portal at least four weeks ahead.")
                .remove("/equipment")
                .page("/parking", "Parking", "The visitor garage opens at six and guests park on level two.");
        handbook.clearLog();
        int embeddedBefore = embeddings.requests().size();

        // when
        Map<String, Object> synced = tenant.sync(bot, id);

        // then
        assertThat(first).containsEntry("schedule", "daily");
        assertThat(first.get("nextSyncAt")).isNotNull();
        assertThat(synced.get("status")).isEqualTo("ready");
        List<Map<String, Object>> reports = tenant.syncReports(bot, id);
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0))
                .contains(
                        entry("added", 1),
                        entry("changed", 1),
                        entry("removed", 1),
                        entry("unchanged", 2),
                        entry("failed", 0),
                        entry("skipped", 0));
        assertThat(reports.get(1)).contains(entry("added", 4));
        assertThat(handbook.notModified())
                .as("the unchanged page answered the conditional GET")
                .contains("/expenses");
        String embedded = String.join(
                "\n",
                embeddings
                        .requests()
                        .subList(embeddedBefore, embeddings.requests().size()));
        assertThat(embedded)
                .contains("four weeks ahead", "garage opens at six")
                .doesNotContain("thirty days", "handbook covers", "two weeks ahead");
        assertThat(tenant.documents(bot, id)).doesNotContainKey(handbook.url("/equipment"));
        Map<String, Object> flights =
                tenant.chat(bot, "How far ahead should I book flights through the travel portal?");
        assertThat((String) flights.get("answer")).contains("four weeks").doesNotContain("two weeks");
        assertThat(tenant.citedUrls(flights)).contains(handbook.url("/travel"));
        assertThat(tenant.citedUrls(tenant.chat(bot, "How often are company laptops replaced?")))
                .doesNotContain(handbook.url("/equipment"));
    }

    private String website(int maxDepth, int maxPages) {
        return "{\"type\":\"website\",\"url\":\"" + site.url("/") + "\",\"maxDepth\":" + maxDepth + ",\"maxPages\":"
                + maxPages + ",\"exclude\":[\"/tmp/**\"]}";
    }

    private static String reasonCode(Map<String, Object> url) {
        String reason = (String) url.get("reason");
        return reason == null ? "take" : reason.substring(0, reason.indexOf(':'));
    }

    private void hostileSite() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        site.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
                .page(
                        "/",
                        "Acme Help Center",
                        "Welcome to the Acme help center for customers.",
                        "/docs/",
                        "/about",
                        "/private/secret",
                        "/old",
                        "/missing",
                        "/huge",
                        "/app",
                        "/data.bin",
                        "/slow",
                        "/go-metadata",
                        "/tmp/scratch",
                        "/about?ref=footer",
                        "https://elsewhere.example/",
                        "#top",
                        "mailto:help@acme.test")
                .page("/docs/", "Documentation", "Guides for installing and billing.", "/docs/install", "/docs/billing")
                .page("/docs/install", "Installing", "Install the Acme agent with the installer package.")
                .page(
                        "/docs/billing",
                        "Billing",
                        "Invoices are sent on the first day of each month.",
                        "/docs/billing/refunds")
                .page(
                        "/docs/billing/refunds",
                        "Refunds",
                        "Refunds are paid back within ten days of a request.",
                        "/docs/billing/refunds/archive")
                .page("/docs/billing/refunds/archive", "Archive", "Too deep to be crawled.")
                .page("/about", "About Acme", "Acme has made anvils since 1949.")
                .html(
                        "/about?ref=footer",
                        "<html><head><link rel=\"canonical\" href=\"/about\"></head><body><main>"
                                + "<p>Acme has made anvils since 1949.</p></main></body></html>")
                .page("/private/secret", "Secret", "Internal only.")
                .page("/tmp/scratch", "Scratch", "Excluded by a glob.")
                .redirect("/old", 301, "/new")
                .page("/new", "New Home", "The new page replaced the old one.", "/old")
                .html("/huge", "<html><body><p>" + "All work and no play. ".repeat(15_000) + "</p></body></html>")
                .html(
                        "/app",
                        "<!doctype html><html><head><title>App</title></head><body><div id=\"root\"></div>"
                                + "<script src=\"/app.js\"></script></body></html>")
                .reply("/data.bin", new TestWebsite.Reply(200, "application/octet-stream", noise, Map.of()))
                .reply("/slow", new TestWebsite.Reply(0, "text/html", new byte[0], Map.of()))
                .redirect("/go-metadata", 302, "http://169.254.169.254/latest/meta-data/")
                .text(
                        "/sitemap_index.xml",
                        "application/xml",
                        """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                          <sitemap><loc>%s</loc></sitemap>
                        </sitemapindex>"""
                                .formatted(site.url("/sitemaps/pages.xml.gz")))
                .gzip(
                        "/sitemaps/pages.xml.gz",
                        """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                          <url><loc>%s</loc><lastmod>2026-11-01</lastmod></url>
                          <url><loc>%s</loc><lastmod>2026-11-02</lastmod></url>
                          <url><loc>%s</loc><lastmod>2026-11-03T10:00:00+00:00</lastmod></url>
                          <url><loc>%s</loc><lastmod>2026-11-04</lastmod></url>
                        </urlset>"""
                                .formatted(
                                        site.url("/"),
                                        site.url("/docs/install"),
                                        site.url("/about"),
                                        site.url("/private/secret")));
    }
}
