package io.cairn.host.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A customer's webhook receiver on 127.0.0.1: answers 500 to its first {@code failures} requests, then 200. Once told
 * the secret, it verifies every request's Standard Webhooks signature with its own implementation of the algorithm
 * (no Cairn code), and a request whose signature does not verify gets 401; before that it takes anything.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received, with whether its signature verified. */
    record Received(String id, String timestamp, String signature, String userAgent, String body, boolean verified) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;
    private volatile String secret;

    WebhookReceiver(int failures) throws IOException {
        this.failuresLeft = new AtomicInteger(failures);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setExecutor(executor);
        server.createContext("/hook", this::handle);
        server.start();
    }

    /** The secret Cairn showed when the endpoint was registered, as a customer would store it. */
    void useSecret(String whsec) {
        this.secret = whsec;
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/hook";
    }

    /** The trusted-target entry that lets Cairn reach this receiver, and only it, on loopback. */
    String target() {
        return "127.0.0.1:" + port();
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            String id = headers.getFirst("webhook-id");
            String timestamp = headers.getFirst("webhook-timestamp");
            String signature = headers.getFirst("webhook-signature");
            boolean verified = secret == null || verifies(secret, id, timestamp, body, signature);
            received.add(new Received(id, timestamp, signature, headers.getFirst("user-agent"), body, verified));
            int status = !verified ? 401 : failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            byte[] answer = (status == 500 ? "receiver down" : "ok").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    /**
     * The Standard Webhooks check, written from the specification: the key is the base64 after {@code whsec_}; the
     * signed content is {@code id.timestamp.body}; the header holds space-separated {@code v1,<base64>} entries, any
     * of which may match (compared in constant time).
     */
    static boolean verifies(String whsec, String id, String timestamp, String body, String header) {
        if (whsec == null || !whsec.startsWith("whsec_") || id == null || timestamp == null || header == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(whsec.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String entry : header.split(" ")) {
                if (entry.startsWith("v1,")
                        && java.security.MessageDigest.isEqual(
                                expected, Base64.getDecoder().decode(entry.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
