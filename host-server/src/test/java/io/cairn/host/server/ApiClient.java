package io.cairn.host.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A plain JDK HTTP client for the end-to-end tests: the server is spoken to exactly as a user's code would. */
final class ApiClient {

    /** One parsed server-sent event. */
    record SseEvent(String name, String data) {}

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private String token;

    ApiClient(URI base) {
        this.base = base;
    }

    void bearer(String accessToken) {
        this.token = accessToken;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    /** Any method, with a JSON body when {@code json} is not null. */
    HttpResponse<String> call(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body =
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder builder = request(path).header("Accept", "application/json");
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.method(method, body).build());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> upload(String path, String fileName, String contentType, byte[] bytes)
            throws IOException, InterruptedException {
        String boundary = "cairn-" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    List<SseEvent> stream(String path, String json) throws IOException, InterruptedException {
        HttpResponse<java.util.stream.Stream<String>> response = http.send(
                request(path)
                        .header("Content-Type", "application/json")
                        .header("Accept", "text/event-stream")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("SSE request failed with " + response.statusCode());
        }
        List<SseEvent> events = new ArrayList<>();
        String[] current = {null, null};
        response.body().forEach(line -> {
            if (line.startsWith("event:")) {
                current[0] = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                current[1] = current[1] == null
                        ? line.substring(5).strip()
                        : current[1] + "\n" + line.substring(5).strip();
            } else if (line.isEmpty() && current[1] != null) {
                events.add(new SseEvent(current[0] == null ? "message" : current[0], current[1]));
                current[0] = null;
                current[1] = null;
            }
        });
        return events;
    }

    /** The status line and headers of an answer read off a raw socket. */
    record RawReply(int status, Map<String, String> headers) {}

    /**
     * Announces a multipart upload of {@code contentLength} bytes and reads the answer before sending any of it, as
     * a client waiting for 100 Continue would. A client that streams a huge body regardless may see the connection
     * closed (the server refuses without draining it) before it reads the answer, which made such tests flaky.
     */
    RawReply announceUpload(String path, long contentLength) throws IOException {
        URI uri = base.resolve(path);
        try (var socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: multipart/form-data; boundary=cairn\r\nContent-Length: " + contentLength
                    + (token == null ? "" : "\r\nAuthorization: Bearer " + token) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            Map<String, String> headers = new java.util.HashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
            return new RawReply(status, headers);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
