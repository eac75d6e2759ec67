package io.cairn.host.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A small website on loopback for crawl tests: pages, redirects and raw responses can be added, changed and removed
 * while it runs. Pages answer conditional GETs with 304 when their ETag still matches, and every request is logged.
 */
final class TestWebsite implements AutoCloseable {

    /** A canned response: status, content type, body, and extra headers (such as Location). */
    record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {}

    private final HttpServer server;
    private final Map<String, Reply> routes = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> notModified = new CopyOnWriteArrayList<>();

    private TestWebsite(HttpServer server) {
        this.server = server;
    }

    static TestWebsite start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TestWebsite site = new TestWebsite(http);
        http.createContext("/", site::answer);
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.start();
        return site;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The trusted-target entry that lets the fetcher reach this site, and only this site, on loopback. */
    String target() {
        return "127.0.0.1:" + port();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    TestWebsite html(String path, String html) {
        return reply(path, new Reply(200, "text/html; charset=utf-8", utf8(html), Map.of()));
    }

    /** A page with a title, a navigation block of links (dropped by text extraction) and a main text. */
    TestWebsite page(String path, String title, String text, String... links) {
        StringBuilder nav = new StringBuilder();
        for (String link : links) {
            nav.append("<a href=\"").append(link).append("\">").append(link).append("</a> ");
        }
        return html(
                path,
                "<!doctype html><html><head><title>" + title + "</title></head><body><nav>" + nav + "</nav><main><h1>"
                        + title + "</h1><p>" + text + "</p></main></body></html>");
    }

    TestWebsite redirect(String path, int status, String location) {
        return reply(path, new Reply(status, "text/plain", new byte[0], Map.of("Location", location)));
    }

    TestWebsite text(String path, String contentType, String body) {
        return reply(path, new Reply(200, contentType, utf8(body), Map.of()));
    }

    TestWebsite gzip(String path, String body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(utf8(body));
        }
        return reply(path, new Reply(200, "application/gzip", out.toByteArray(), Map.of()));
    }

    TestWebsite reply(String path, Reply reply) {
        routes.put(path, reply);
        return this;
    }

    /** Takes a page down: it now answers 404. */
    TestWebsite remove(String path) {
        routes.remove(path);
        return this;
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    /** Paths answered with 304 Not Modified. */
    List<String> notModified() {
        return List.copyOf(notModified);
    }

    void clearLog() {
        requests.clear();
        notModified.clear();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null
                        ? ""
                        : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(path);
        Reply reply = routes.get(path);
        try (exchange) {
            if (reply == null) {
                send(exchange, 404, "text/plain", utf8("not found"));
                return;
            }
            if (reply.status() == 0) {
                // Never answers: the fetcher's deadline must cut it.
                sleep(60_000);
                return;
            }
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            if (reply.status() == 200) {
                String etag = "\"" + sha(reply.body()) + "\"";
                exchange.getResponseHeaders().add("ETag", etag);
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.add(path);
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            send(exchange, reply.status(), reply.contentType(), reply.body());
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String sha(byte[] body) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
