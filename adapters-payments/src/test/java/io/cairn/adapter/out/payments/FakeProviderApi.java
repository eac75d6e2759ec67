package io.cairn.adapter.out.payments;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A local stand-in for a provider's REST API: answers every POST with one JSON body and remembers the request. */
public final class FakeProviderApi implements AutoCloseable {

    private final HttpServer server;
    private volatile String lastPath;
    private volatile String lastBody;
    private volatile String lastAuthorization;
    private volatile String lastContentType;

    public FakeProviderApi(String answer) {
        this(200, answer);
    }

    public FakeProviderApi(int status, String answer) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            lastPath = exchange.getRequestURI().getPath();
            lastBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            lastContentType = exchange.getRequestHeaders().getFirst("Content-Type");
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public String lastPath() {
        return lastPath;
    }

    public String lastBody() {
        return lastBody;
    }

    public String lastAuthorization() {
        return lastAuthorization;
    }

    public String lastContentType() {
        return lastContentType;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
