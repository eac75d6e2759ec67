package io.cairn.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A visitor's browser, on the JDK HttpClient: signs up, fills a bot with knowledge over the API, and chats over SSE
 * on the authenticated native route (JWT), reading each stream to its {@code done} event. HTTP/1.1, so each open
 * stream is one connection.
 */
final class ChatClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    private final URI base;
    private String token;
    private String organization;
    private String bot;

    ChatClient(URI base) {
        this.base = base;
    }

    /**
     * One chat's outcome. Times are {@link System#nanoTime()}; {@code firstToken} is -1 when no token came.
     * {@code mode} is the {@code done} event's ({@code generated} when the model answered).
     */
    record Outcome(
            long sent,
            long headers,
            long firstToken,
            long ended,
            String mode,
            int tokenEvents,
            int textChars,
            String error) {

        boolean ok() {
            return error == null;
        }

        double firstTokenMillis() {
            return (firstToken - sent) / 1e6;
        }

        /** Request sent to the response's status line and headers, which the server sends with its first event. */
        double headersMillis() {
            return (headers - sent) / 1e6;
        }
    }

    /** Signs up and creates a bot holding these documents, one text source each; returns once all are indexed. */
    void botWithKnowledge(List<ScifactCorpus.Doc> docs) throws Exception {
        JsonNode account = post(
                "/api/v1/auth/signup",
                Map.of("email", "bench@cairn.test", "password", "correct horse battery", "organizationName", "Bench"));
        token = account.path("accessToken").asText();
        organization = account.path("organization").path("id").asText();
        bot = post("/api/v1/bots", Map.of("name", "Bench")).path("id").asText();
        List<String> sources = new ArrayList<>();
        for (ScifactCorpus.Doc doc : docs) {
            String title = doc.title().isBlank() ? "SciFact " + doc.id() : doc.title();
            sources.add(
                    post("/api/v1/bots/" + bot + "/sources", Map.of("type", "text", "title", title, "text", doc.text()))
                            .path("id")
                            .asText());
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        for (String source : sources) {
            while (!"ready"
                    .equals(get("/api/v1/bots/" + bot + "/sources/" + source)
                            .path("status")
                            .asText())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the knowledge was not ingested in 5 minutes");
                }
                Thread.sleep(100);
            }
        }
    }

    String organizationId() {
        return organization;
    }

    String botId() {
        return bot;
    }

    /**
     * Asks one question over SSE and reads the stream to its end; {@code open} counts the streams between a 200
     * and their last byte. Any non-200, IO error, {@code error} event or missing {@code done} is an error.
     */
    Outcome chat(String question, AtomicInteger open) {
        long sent = System.nanoTime();
        long firstToken = -1;
        long headers = -1;
        int tokens = 0;
        int chars = 0;
        String mode = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/bots/" + bot + "/chat"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Accept", "text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("message", question))))
                    .build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            headers = System.nanoTime();
            if (response.statusCode() != 200) {
                response.body().close();
                return new Outcome(sent, headers, -1, System.nanoTime(), null, 0, 0, "status " + response.statusCode());
            }
            open.incrementAndGet();
            try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String event = null;
                String data = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data = line.substring(5).strip();
                    } else if (line.isEmpty() && event != null) {
                        // The blank line ends one event, whatever order its fields came in.
                        switch (event) {
                            case "token" -> {
                                firstToken = firstToken < 0 ? System.nanoTime() : firstToken;
                                tokens++;
                                chars += JSON.readTree(data)
                                        .path("text")
                                        .asText()
                                        .length();
                            }
                            case "done" ->
                                mode = JSON.readTree(data).path("mode").asText();
                            case "error" -> {
                                return new Outcome(
                                        sent,
                                        headers,
                                        firstToken,
                                        System.nanoTime(),
                                        mode,
                                        tokens,
                                        chars,
                                        "error event " + data);
                            }
                            default -> {}
                        }
                        event = null;
                        data = null;
                    }
                }
            } finally {
                open.decrementAndGet();
            }
            long ended = System.nanoTime();
            if (mode == null || firstToken < 0) {
                return new Outcome(
                        sent, headers, firstToken, ended, mode, tokens, chars, "stream ended without done or token");
            }
            return new Outcome(sent, headers, firstToken, ended, mode, tokens, chars, null);
        } catch (Exception e) {
            return new Outcome(sent, headers, firstToken, System.nanoTime(), mode, tokens, chars, e.toString());
        }
    }

    private JsonNode post(String path, Object body) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private JsonNode get(String path) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private JsonNode send(HttpRequest.Builder builder) throws Exception {
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
