package io.cairn.bench;

import io.cairn.adapter.out.openai.FakeOpenAiServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load driver: {@code chats} concurrent SSE chats against the real server, in-process on the embedded default, with
 * generated answers from a fake OpenAI-compatible provider paced at {@code tokensPerSecond}. Reports errors and the
 * platform's overhead: request to first token, minus the provider's own delay before its first token (zero here),
 * so it counts HTTP, auth, rate limiting, retrieval (question embedding, vector and BM25 search) and the prompt.
 *
 * <p>{@code ./mvnw -q -B install -DskipTests && ./mvnw -q -B -pl bench exec:java -Dexec.args="200 20"}
 */
public final class SseChatLoad {

    private static final String ANSWER = "The Aurora-7 telescope is cooled by liquid nitrogen [1]. "
            + "Its primary mirror measures four point two metres across and was polished for two years [1]. "
            + "Observers book time through the visitor centre, which opens at ten on weekdays [1].";

    private SseChatLoad() {}

    public static void main(String[] args) throws Exception {
        int chats = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double tokensPerSecond = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        try (FakeOpenAiServer provider =
                        FakeOpenAiServer.start().pacedAt(tokensPerSecond).answerWith(ANSWER);
                EmbeddedServer server =
                        ApplicationContext.run(EmbeddedServer.class, ChatServer.properties(provider, chats))) {
            JsonMapper json = server.getApplicationContext().getBean(JsonMapper.class);
            Client client = new Client(server.getURI(), json);
            String bot = client.botWithKnowledge();
            runChats(client, bot, Math.min(10, chats)); // warm-up: JIT, ONNX session, connection pools
            long start = System.nanoTime();
            List<Result> results = runChats(client, bot, chats);
            report(results, chats, tokensPerSecond, Duration.ofNanos(System.nanoTime() - start));
        }
        System.exit(0);
    }

    private static List<Result> runChats(Client client, String bot, int chats) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(chats);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Result>> futures = new ArrayList<>();
        for (int i = 0; i < chats; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                return client.chat(bot);
            }));
        }
        go.countDown();
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : futures) {
            results.add(f.get());
        }
        pool.shutdown();
        return results;
    }

    private static void report(List<Result> results, int chats, double tps, Duration wall) {
        List<Long> firstToken = new ArrayList<>();
        int errors = 0;
        for (Result r : results) {
            if (r.error() != null) {
                errors++;
            } else {
                firstToken.add(r.firstTokenMillis());
            }
        }
        Collections.sort(firstToken);
        System.out.printf(
                "chats=%d provider=%.0f tokens/s errors=%d wall=%.1fs%n", chats, tps, errors, wall.toMillis() / 1000.0);
        if (!firstToken.isEmpty()) {
            System.out.printf(
                    "platform overhead to first token (ms): p50=%d p90=%d p99=%d max=%d%n",
                    percentile(firstToken, 50),
                    percentile(firstToken, 90),
                    percentile(firstToken, 99),
                    firstToken.get(firstToken.size() - 1));
        }
        results.stream()
                .filter(r -> r.error() != null)
                .limit(5)
                .forEach(r -> System.out.println("error: " + r.error()));
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** One chat's outcome: time to the first token event, or why it failed. */
    private record Result(long firstTokenMillis, String error) {}

    /** Signs up, creates a bot that knows one note, and chats over SSE exactly as a browser would. */
    private static final class Client {
        private final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final URI base;
        private final JsonMapper json;
        private String token;

        Client(URI base, JsonMapper json) {
            this.base = base;
            this.json = json;
        }

        String botWithKnowledge() throws Exception {
            token = (String) post(
                            "/api/v1/auth/signup",
                            "{\"email\":\"bench@cairn.test\",\"password\":\"correct horse battery\","
                                    + "\"organizationName\":\"Bench\"}")
                    .get("accessToken");
            String bot = (String) post("/api/v1/bots", "{\"name\":\"Bench\"}").get("id");
            String source = (String) post(
                            "/api/v1/bots/" + bot + "/sources",
                            "{\"type\":\"text\",\"title\":\"Aurora-7\",\"text\":\"The Aurora-7 telescope is cooled by"
                                    + " liquid nitrogen. Its primary mirror measures 4.2 metres. The visitor centre"
                                    + " opens at ten on weekdays.\"}")
                    .get("id");
            for (int i = 0; i < 600; i++) {
                var status = get("/api/v1/bots/" + bot + "/sources/" + source).get("status");
                if ("ready".equals(status)) {
                    return bot;
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("the note was not ingested in time");
        }

        Result chat(String bot) {
            long start = System.nanoTime();
            try {
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/bots/" + bot + "/chat"))
                        .timeout(Duration.ofSeconds(120))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Accept", "text/event-stream")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"How is the Aurora-7 cooled?\"}"))
                        .build();
                HttpResponse<java.io.InputStream> response =
                        http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    return new Result(0, "status " + response.statusCode());
                }
                long firstToken = -1;
                boolean done = false;
                String errorEvent = null;
                try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith("event:")) {
                            String name = line.substring(6).strip();
                            if (name.equals("token") && firstToken < 0) {
                                firstToken = (System.nanoTime() - start) / 1_000_000;
                            } else if (name.equals("done")) {
                                done = true;
                            } else if (name.equals("error")) {
                                errorEvent = lines.readLine();
                            }
                        } else if (line.contains("\"mode\":\"extractive\"")) {
                            errorEvent = "answered extractively, not by the model";
                        }
                    }
                }
                if (errorEvent != null || !done || firstToken < 0) {
                    return new Result(0, errorEvent != null ? errorEvent : "stream ended without done");
                }
                return new Result(firstToken, null);
            } catch (Exception e) {
                return new Result(0, e.toString());
            }
        }

        private Map<String, Object> post(String path, String body) throws Exception {
            return send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private Map<String, Object> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(base.resolve(path)).GET());
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> send(HttpRequest.Builder builder) throws Exception {
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return json.readValue(response.body(), Map.class);
        }
    }
}
