package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every SSRF case of SECURITY.md, sent through the API's url, website and sitemap sources, directly and through
 * redirects from an allowed test site. Each is refused with a reason, and a canary listener on loopback (on a port
 * the fetcher is allowed to use, so only the address check stands in the way) receives no connection at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SsrfSourcesIT {

    private static final List<String> TYPES = List.of("url", "website", "sitemap");

    @TempDir
    static Path dir;

    private CanarySocket canary;
    private TestWebsite site;
    private RunningServer server;
    private TenantSteps tenant;
    private String bot;

    @BeforeAll
    void start() throws Exception {
        canary = new CanarySocket();
        site = TestWebsite.start();
        site.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        server = new RunningServer(
                dir,
                Map.of(
                        "cairn.fetch.allowed-ports", List.of(80, 443, site.port(), canary.port()),
                        "cairn.fetch.trusted-targets", List.of(site.target()),
                        "cairn.fetch.crawl-delay", "0ms"));
        tenant = TenantSteps.signUp(server);
        bot = tenant.createBot();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        site.close();
        assertThat(canary.connections())
                .as("connections that reached the canary")
                .isZero();
        canary.close();
    }

    /** The targets of SECURITY.md, aimed at the canary's port wherever a port can be given. */
    Stream<String> blockedTargets() {
        int p = canary.port();
        return Stream.of(
                "http://127.0.0.1:" + p + "/",
                "http://localhost:" + p + "/",
                "http://127.1:" + p + "/",
                "http://2130706433:" + p + "/",
                "http://0x7f.1:" + p + "/",
                "http://0177.0.0.1:" + p + "/",
                "http://0.0.0.0:" + p + "/",
                "http://[::1]:" + p + "/",
                "http://[::ffff:127.0.0.1]:" + p + "/",
                "http://[64:ff9b::7f00:1]:" + p + "/",
                "http://10.0.0.1/",
                "http://172.16.0.1/",
                "http://192.168.1.1/",
                "http://100.64.0.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://[fc00::1]/",
                "http://[fe80::1]/",
                "file:///etc/passwd",
                "jar:file:/tmp/x.jar!/",
                "ftp://127.0.0.1:" + p + "/",
                "gopher://127.0.0.1:" + p + "/_x",
                "data:text/html,hello",
                "http://example.com:22/");
    }

    Stream<Arguments> directCases() {
        List<Arguments> cases = new ArrayList<>();
        blockedTargets().forEach(url -> TYPES.forEach(type -> cases.add(Arguments.of(type, url))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("directCases")
    void should_refuse_the_source_with_a_reason_when_its_url_is_not_a_public_http_address(String type, String url)
            throws Exception {
        // when
        HttpResponse<String> added = tenant.addSource(bot, "{\"type\":\"" + type + "\",\"url\":\"" + url + "\"}");
        HttpResponse<String> dryRun = "url".equals(type)
                ? added
                : tenant.addSource(bot, "{\"type\":\"" + type + "\",\"dryRun\":true,\"url\":\"" + url + "\"}");

        // then
        for (HttpResponse<String> response : List.of(added, dryRun)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"url\"");
        }
    }

    Stream<Arguments> redirectCases() {
        List<Arguments> cases = new ArrayList<>();
        List<String> targets = blockedTargets()
                .filter(t -> t.startsWith("http://") || t.startsWith("file:") || t.startsWith("gopher:"))
                .toList();
        for (int i = 0; i < targets.size(); i++) {
            site.redirect("/r/" + i, 302, targets.get(i));
            for (String type : TYPES) {
                cases.add(Arguments.of(type, targets.get(i), "/r/" + i));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} via redirect to {1}")
    @MethodSource("redirectCases")
    void should_fail_the_source_with_a_reason_when_an_allowed_site_redirects_to_a_blocked_target(
            String type, String target, String path) throws Exception {
        // when
        Map<String, Object> source =
                tenant.addAndAwait(bot, "{\"type\":\"" + type + "\",\"url\":\"" + site.url(path) + "\"}");

        // then
        assertThat(source.get("status")).isEqualTo("failed");
        assertThat((String) source.get("error"))
                .matches("(?s)(blocked_by_ssrf_guard|unsupported_scheme|invalid_url).*");
    }

    @Test
    void should_not_follow_links_or_sitemap_entries_that_point_off_the_site_when_crawling() throws Exception {
        // given
        int p = canary.port();
        site.page(
                        "/links",
                        "Links",
                        "A page that links to internal addresses.",
                        "http://127.0.0.1:" + p + "/",
                        "http://localhost:" + p + "/admin",
                        "http://169.254.169.254/")
                .text(
                        "/internal-sitemap.xml",
                        "application/xml",
                        """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                          <url><loc>%s</loc></url>
                          <url><loc>http://127.0.0.1:%d/</loc></url>
                          <url><loc>http://169.254.169.254/latest/</loc></url>
                        </urlset>"""
                                .formatted(site.url("/links"), p));

        // when
        Map<String, Object> website =
                tenant.addAndAwait(bot, "{\"type\":\"website\",\"url\":\"" + site.url("/links") + "\"}");
        Map<String, Object> sitemap =
                tenant.addAndAwait(bot, "{\"type\":\"sitemap\",\"url\":\"" + site.url("/internal-sitemap.xml") + "\"}");

        // then
        assertThat(tenant.documents(bot, (String) website.get("id"))).containsOnlyKeys(site.url("/links"));
        assertThat(tenant.documents(bot, (String) sitemap.get("id"))).containsOnlyKeys(site.url("/links"));
        assertThat(canary.connections()).isZero();
    }
}
