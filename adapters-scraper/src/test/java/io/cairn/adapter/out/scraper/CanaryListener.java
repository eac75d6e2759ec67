package io.cairn.adapter.out.scraper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback listener that counts every TCP connection it accepts (not just requests: a connection that never sends
 * one still counts) and answers each with a small HTML page.
 */
final class CanaryListener implements AutoCloseable {

    static final String PAGE = "<html><head><title>canary</title></head><body><p>canary page</p></body></html>";

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicReference<String> lastUserAgent = new AtomicReference<>("");
    private final Thread acceptor;

    CanaryListener() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        acceptor = new Thread(this::acceptLoop, "canary-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    String lastUserAgent() {
        return lastUserAgent.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            acceptor.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                connections.incrementAndGet();
                answer(client);
            } catch (IOException e) {
                // Closed by the test, or a client gone away; either way keep counting until closed.
            }
        }
    }

    private void answer(Socket client) throws IOException {
        client.setSoTimeout(2_000);
        var reader = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
        for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
            if (line.toLowerCase(Locale.ROOT).startsWith("user-agent:")) {
                lastUserAgent.set(line.substring("user-agent:".length()).strip());
            }
        }
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "ETag: \"canary-v1\"\r\n"
                + "Last-Modified: Wed, 21 Oct 2015 07:28:00 GMT\r\n"
                + "Connection: close\r\n\r\n";
        OutputStream out = client.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }
}
