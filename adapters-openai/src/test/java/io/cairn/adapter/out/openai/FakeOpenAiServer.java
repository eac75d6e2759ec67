package io.cairn.adapter.out.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test double: a local OpenAI-compatible {@code POST /v1/chat/completions}, streamed in the real SSE wire format or
 * not, that can be told to answer 429 or 500, to be slow to its first token, or to cut a stream mid-answer. It records
 * every request body it received. One-off behaviours queue up and are used in order; then the default answer.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

    static {
        // The JDK's HttpServer leaves Nagle's algorithm on unless told otherwise, and reads this property once per JVM.
        // With it on, a small write waits for the client's delayed ACK (40 ms on Linux): every streamed answer's first
        // token came 40 ms late, which benchmark 3 measured as Cairn's overhead. A real provider does not do that.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Reply> script = new ConcurrentLinkedDeque<>();
    private final Deque<Reply> embeddingScript = new ConcurrentLinkedDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Reply standing = Reply.answer("Opening hours are 9 to 5 [1].");
    private volatile long tokenIntervalNanos;
    private volatile int pauseAfterTokens = -1;
    private volatile Duration pause = Duration.ZERO;

    private FakeOpenAiServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/chat/completions", this::handle);
        server.createContext("/v1/embeddings", this::embed);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeOpenAiServer start() {
        return new FakeOpenAiServer();
    }

    /** The API root to configure as the base URL, ending in {@code /v1}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** Every later request without a queued behaviour streams this text, a word at a time. */
    public FakeOpenAiServer answerWith(String text) {
        standing = Reply.answer(text);
        return this;
    }

    /** Streams every answer at this pace, like a real model (the first token still comes at once). */
    public FakeOpenAiServer pacedAt(double tokensPerSecond) {
        tokenIntervalNanos = (long) (1_000_000_000L / tokensPerSecond);
        return this;
    }

    /** Every later stream stops for {@code pause} after its first {@code tokens} tokens, then goes on. */
    public FakeOpenAiServer pausingAfter(int tokens, Duration pause) {
        this.pause = pause;
        pauseAfterTokens = tokens;
        return this;
    }

    /** Streams every answer as fast as the socket takes it again (the default). */
    public FakeOpenAiServer unpaced() {
        tokenIntervalNanos = 0;
        return this;
    }

    /** Every later request without a queued behaviour waits this long before its first token. */
    public FakeOpenAiServer answerSlowly(String text, Duration firstTokenDelay) {
        standing = new Reply(200, Optional.empty(), text, firstTokenDelay, -1);
        return this;
    }

    /** The next {@code times} requests wait this long before their first token. */
    public FakeOpenAiServer slowNext(int times, Duration firstTokenDelay, String text) {
        for (int i = 0; i < times; i++) {
            script.add(new Reply(200, Optional.empty(), text, firstTokenDelay, -1));
        }
        return this;
    }

    /** The next {@code times} requests get this status (429, 500…), with a Retry-After in seconds if given. */
    public FakeOpenAiServer failNext(int times, int status, Optional<Integer> retryAfterSeconds) {
        for (int i = 0; i < times; i++) {
            script.add(new Reply(status, retryAfterSeconds, "", Duration.ZERO, -1));
        }
        return this;
    }

    /** The next {@code times} embedding requests get this status, with a Retry-After in seconds if given. */
    public FakeOpenAiServer failNextEmbeddings(int times, int status, Optional<Integer> retryAfterSeconds) {
        for (int i = 0; i < times; i++) {
            embeddingScript.add(new Reply(status, retryAfterSeconds, "", Duration.ZERO, -1));
        }
        return this;
    }

    /** The next request streams the first {@code tokens} tokens of the text, then hangs up without {@code [DONE]}. */
    public FakeOpenAiServer cutNextAfter(int tokens, String text) {
        script.add(new Reply(200, Optional.empty(), text, Duration.ZERO, tokens));
        return this;
    }

    /** The bodies of every request received so far, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * Bag-of-words vectors of the requested size: each lower-cased word adds one to the dimension its hash picks,
     * so texts that share words point the same way, as with a real embedding model, only cruder.
     */
    private void embed(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(body);
            Reply failure = embeddingScript.poll();
            if (failure != null) {
                fail(exchange, failure);
                return;
            }
            var request = JSON.readTree(body);
            int dimensions = request.path("dimensions").asInt(8);
            var data = JSON.createArrayNode();
            int index = 0;
            for (var input : request.path("input")) {
                double[] counts = new double[dimensions];
                for (String word :
                        input.asText().toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
                    if (!word.isEmpty()) {
                        counts[Math.floorMod(word.hashCode(), dimensions)] += 1;
                    }
                }
                var vector = JSON.createArrayNode();
                for (double c : counts) {
                    vector.add(c);
                }
                // Newest first: real servers promise only the index field, so clients must order by it.
                data.insertObject(0)
                        .put("object", "embedding")
                        .put("index", index++)
                        .set("embedding", vector);
            }
            byte[] bytes = JSON.writeValueAsBytes(
                    JSON.createObjectNode().put("object", "list").set("data", data));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void fail(HttpExchange exchange, Reply reply) throws IOException {
        reply.retryAfterSeconds().ifPresent(s -> exchange.getResponseHeaders().add("Retry-After", String.valueOf(s)));
        byte[] error = ("{\"error\":{\"message\":\"fake failure\",\"code\":" + reply.status() + "}}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), error.length);
        exchange.getResponseBody().write(error);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(body);
            Reply reply = Optional.ofNullable(script.poll()).orElse(standing);
            if (reply.status() != 200) {
                fail(exchange, reply);
                return;
            }
            if (JSON.readTree(body).path("stream").asBoolean(false)) {
                stream(exchange, reply);
            } else {
                complete(exchange, reply);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stream(HttpExchange exchange, Reply reply) throws IOException, InterruptedException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.flush();
        Thread.sleep(reply.firstTokenDelay().toMillis());
        List<String> tokens = tokens(reply.text());
        for (int i = 0; i < tokens.size(); i++) {
            if (i == reply.cutAfterTokens()) {
                return; // hang up mid-answer: no [DONE]
            }
            if (i == pauseAfterTokens) {
                Thread.sleep(pause.toMillis());
            }
            if (i > 0 && tokenIntervalNanos > 0) {
                Thread.sleep(tokenIntervalNanos / 1_000_000, (int) (tokenIntervalNanos % 1_000_000));
            }
            send(out, chunk(Map.of("content", tokens.get(i)), null));
        }
        send(out, chunk(Map.of(), Map.of("prompt_tokens", 42, "completion_tokens", tokens.size())));
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void complete(HttpExchange exchange, Reply reply) throws IOException, InterruptedException {
        Thread.sleep(reply.firstTokenDelay().toMillis());
        var body = Map.of(
                "id",
                "chatcmpl-fake",
                "object",
                "chat.completion",
                "created",
                0,
                "model",
                "fake-model",
                "choices",
                List.of(Map.of(
                        "index",
                        0,
                        "message",
                        Map.of("role", "assistant", "content", reply.text()),
                        "finish_reason",
                        "stop")),
                "usage",
                Map.of(
                        "prompt_tokens",
                        42,
                        "completion_tokens",
                        tokens(reply.text()).size()));
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String chunk(Map<String, Object> delta, Map<String, Object> usage) throws IOException {
        var node = JSON.createObjectNode();
        node.put("id", "chatcmpl-fake").put("object", "chat.completion.chunk").put("created", 0);
        node.put("model", "fake-model");
        var choices = node.putArray("choices");
        if (usage == null) {
            choices.addObject().put("index", 0).set("delta", JSON.valueToTree(delta));
        } else {
            node.set("usage", JSON.valueToTree(usage));
        }
        return JSON.writeValueAsString(node);
    }

    private static void send(OutputStream out, String json) throws IOException {
        out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private record Reply(
            int status,
            Optional<Integer> retryAfterSeconds,
            String text,
            Duration firstTokenDelay,
            int cutAfterTokens) {

        static Reply answer(String text) {
            return new Reply(200, Optional.empty(), text, Duration.ZERO, -1);
        }
    }
}
