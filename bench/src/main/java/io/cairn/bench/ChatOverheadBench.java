package io.cairn.bench;

import io.cairn.domain.answer.Citation;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.bot.RetrievalSettings;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.MessageId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.chat.AnswerListener;
import io.cairn.ports.in.chat.AskQuestionCommand;
import io.cairn.ports.in.chat.AskQuestionUseCase;
import io.cairn.ports.out.embedding.EmbeddingPort;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.usecase.retrieval.Retriever;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 8, benchmark 3: the platform's overhead on a chat, request sent to the first SSE {@code token} event, with
 * the fake provider answering at once (0 ms to its first token, no pacing). That time is HTTP, JWT auth, rate
 * limiting, storing the question, embedding it (in-process ONNX), hybrid retrieval, prompt assembly and the
 * upstream call's set-up. N closed-loop visitors each ask, read the stream to {@code done} and ask again at once,
 * for a warm-up and then a measured window; each level prints its window so a JFR recording can be cut to it.
 *
 * <p>{@code --tps N} has the provider stream the rest of each answer at N tokens a second after its immediate
 * first token, as a real model does (benchmark 4 uses 20): each visitor then keeps one chat open for the answer's
 * length, rather than asking again the moment an instant answer ends. 0 (the default) streams unpaced.
 *
 * <p>Before the levels, unpaced chats from 16 visitors warm the JIT up in rounds of 10 s until a round makes fewer
 * than 100 compilations, or for at most {@code --jit-warmup S} seconds (default 180; 0 skips it). A chat's
 * own methods run once per chat, so C2 compiles them only after thousands of chats: measured any earlier, C2's
 * threads share the two cores with the chats. Each level then settles under its own load (its visitors, pace and
 * think time) in the same kind of rounds, for at most {@code --settle S} seconds (default 90): a paced stream runs
 * code an unpaced one barely touches, and left to the measured window its compilation shows in the tail. Then comes
 * the level's own warm-up ({@code --warmup}, so its visitors do not all start at once), and its measured window,
 * which reports the JIT and GC time spent inside it.
 *
 * <p>{@code --think MS} gives each visitor a reading pause after every answer (uniform between half and one and a
 * half times MS), so N visitors are N people chatting rather than N clients asking back to back.
 *
 * <p>{@code java -cp … io.cairn.bench.ChatOverheadBench [--levels 1,16,64] [--warmup 10] [--seconds 30]
 * [--questions 100] [--tps 0] [--jit-warmup 180] [--settle 90] [--think 0] [--same-question] [--scifact DIR] [--out FILE.json]
 * [--chart FILE.png]}
 */
public final class ChatOverheadBench {

    static final double GOAL_P50_MS = 25;
    static final double GOAL_P99_MS = 80;
    private static final int JIT_WARMUP_VISITORS = 16;
    private static final int JIT_WARMUP_ROUND_SECONDS = 10;
    /** A warm-up round with fewer compilations than this ends the warm-up. */
    private static final int JIT_SETTLED_COMPILATIONS = 100;

    private static final String ANSWER =
            "The cited abstract supports this claim [1]. It reports the finding directly and describes the method [1].";

    private ChatOverheadBench() {}

    /** One concurrency level's figures. */
    record Level(
            String label,
            int visitors,
            Instant from,
            Instant to,
            int chats,
            int errors,
            Map<String, Integer> modes,
            double chatsPerSecond,
            double p50,
            double p90,
            double p99,
            double max,
            double headersP50,
            long compilations,
            long jitMillis,
            long gcMillis,
            List<String> sampleErrors) {}

    public static void main(String[] args) throws Exception {
        BenchArgs options = new BenchArgs(args);
        JvmActivity.startCounting();
        List<Integer> levels = Arrays.stream(options.get("levels", "1,16,64").split(","))
                .map(String::strip)
                .map(Integer::parseInt)
                .toList();
        int warmup = options.integer("warmup", 10);
        int seconds = options.integer("seconds", 30);
        int think = options.integer("think", 0);
        int tokensPerSecond = options.integer("tps", 0);
        int jitWarmup = options.integer("jit-warmup", 180);
        int settle = options.integer("settle", 90);
        Path scifact = Path.of(options.get("scifact", "/work/shared/data/scifact"));
        ChatKnowledge knowledge = ChatKnowledge.read(scifact, options.integer("questions", 100));
        String loadBefore = Machine.loadAverage();
        List<Level> results = new ArrayList<>();
        Map<String, Object> stages;
        int maxLevel = Math.max(Collections.max(levels), jitWarmup > 0 ? JIT_WARMUP_VISITORS : 0);
        try (ChatServer server = ChatServer.start(ANSWER, 0, maxLevel)) {
            ChatClient client = new ChatClient(server.uri());
            long setup = System.nanoTime();
            client.botWithKnowledge(knowledge.docs());
            System.out.printf(
                    "bot ready: %d documents for %d questions, ingested in %.1f s%n",
                    knowledge.docs().size(), knowledge.questions().size(), (System.nanoTime() - setup) / 1e9);
            settle("JIT warm-up, unpaced", client, knowledge.questions(), JIT_WARMUP_VISITORS, 0, jitWarmup);
            server.paceAt(tokensPerSecond);
            String label = label(think, tokensPerSecond);
            for (int visitors : levels) {
                settle(label + ", settling", client, knowledge.questions(), visitors, think, settle);
                results.add(level(label, client, knowledge.questions(), visitors, think, warmup, seconds));
            }
            if (options.flag("same-question")) {
                List<String> one = List.of(knowledge.questions().get(0));
                results.add(level("same question", client, one, 16, think, warmup, seconds));
            }
            stages = stages(server, client, knowledge.questions());
            System.out.printf("provider received %d model calls%n", server.providerCalls());
        }
        String loadAfter = Machine.loadAverage();
        System.out.println();
        System.out.print(render(results));
        System.out.printf(
                "load average before %s, after %s; %s, %d cores, %s%n",
                loadBefore, loadAfter, Machine.cpu(), Machine.cores(), Machine.java());
        System.out.println("stages alone, one at a time, in the server's own beans (ms): " + stages);
        write(
                Path.of(options.get("out", "bench/target/chat-overhead.json")),
                results,
                stages,
                knowledge,
                "embedded default: H2 + Lucene, bge-small-en-v1.5 quantized (ONNX, in-process)",
                think,
                tokensPerSecond,
                loadBefore,
                loadAfter);
        chart(Path.of(options.get("chart", "docs/benchmarks/chat-overhead.png")), results);
        System.exit(0);
    }

    /**
     * Rounds of 10 s of the given load until the JIT settles (a round makes under 100 compilations) or
     * {@code maxSeconds} have passed; 0 skips it.
     */
    private static void settle(
            String label, ChatClient client, List<String> questions, int visitors, int think, int maxSeconds)
            throws InterruptedException {
        int spent = 0;
        while (spent < maxSeconds) {
            int round = Math.min(JIT_WARMUP_ROUND_SECONDS, maxSeconds - spent);
            Level level = level(label, client, questions, visitors, think, 0, round);
            spent += round;
            if (level.compilations() < JIT_SETTLED_COMPILATIONS) {
                System.out.printf("  JIT settled after %d s of %s%n", spent, label);
                return;
            }
        }
        if (maxSeconds > 0) {
            System.out.printf("  JIT still compiling after %d s of %s%n", spent, label);
        }
    }

    private static Level level(
            String label, ChatClient client, List<String> questions, int visitors, int think, int warmup, int seconds)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long measureTo = measureFrom + seconds * 1_000_000_000L;
        AtomicLong next = new AtomicLong();
        AtomicInteger open = new AtomicInteger();
        List<ChatClient.Outcome> measured = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < visitors; i++) {
            Thread t = new Thread(
                    () -> {
                        while (System.nanoTime() < measureTo) {
                            String q = questions.get((int) (next.getAndIncrement() % questions.size()));
                            ChatClient.Outcome outcome = client.chat(q, open);
                            if (outcome.sent() >= measureFrom && outcome.sent() < measureTo) {
                                measured.add(outcome);
                            }
                            pause(think);
                        }
                    },
                    "visitor-" + i);
            threads.add(t);
            t.start();
        }
        Instant from = Instant.now().plusNanos(measureFrom - System.nanoTime());
        Pauses.sleepUntil(measureFrom);
        JvmActivity before = JvmActivity.now();
        Pauses.sleepUntil(measureTo);
        JvmActivity during = JvmActivity.now().since(before);
        for (Thread t : threads) {
            t.join();
        }
        Instant to = from.plusSeconds(seconds);
        List<Double> firstToken = new ArrayList<>();
        List<Double> headers = new ArrayList<>();
        Map<String, Integer> modes = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (ChatClient.Outcome o : measured) {
            if (o.ok()) {
                modes.merge(o.mode(), 1, Integer::sum);
                if ("generated".equals(o.mode())) {
                    firstToken.add(o.firstTokenMillis());
                    headers.add(o.headersMillis());
                }
            } else {
                errors.add(o.error());
            }
        }
        Latencies l = new Latencies(firstToken);
        Level level = new Level(
                label,
                visitors,
                from,
                to,
                measured.size(),
                errors.size(),
                modes,
                measured.size() / (double) seconds,
                l.percentile(50),
                l.percentile(90),
                l.percentile(99),
                l.max(),
                new Latencies(headers).percentile(50),
                during.compilations(),
                during.compileMillis(),
                during.gcMillis(),
                errors.stream().distinct().limit(5).toList());
        System.out.printf(
                "  [%s, %d visitors] %s to %s: %d chats, %d errors, modes %s, p50 %.1f ms (headers %.1f ms),"
                        + " p99 %.1f ms; in the window %d JIT compilations (%d ms), GC %d ms (%d collections)%n",
                label,
                visitors,
                from,
                to,
                level.chats(),
                level.errors(),
                modes,
                level.p50(),
                level.headersP50(),
                level.p99(),
                during.compilations(),
                during.compileMillis(),
                during.gcMillis(),
                during.gcCount());
        level.sampleErrors().forEach(e -> System.out.println("    error: " + e));
        return level;
    }

    /**
     * Times the CPU-heavy stages of a chat on their own, one call at a time in this thread, through the server's own
     * beans: embedding the question (in-process ONNX), and the whole hybrid retrieval (embedding, vector and BM25
     * search, fusion). What is left of a single visitor's overhead is HTTP, auth, rate limiting, storage and the
     * prompt.
     */
    private static String label(int think, int tokensPerSecond) {
        String label = "varied";
        if (tokensPerSecond > 0) {
            label += ", " + tokensPerSecond + " tok/s";
        }
        return think > 0 ? label + ", " + think + " ms think" : label;
    }

    /** A visitor's reading time: uniform between half and one and a half times {@code think} milliseconds. */
    private static void pause(int think) {
        if (think > 0) {
            try {
                Thread.sleep((long) (think * (0.5 + ThreadLocalRandom.current().nextDouble())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Map<String, Object> stages(ChatServer server, ChatClient client, List<String> questions) {
        EmbeddingPort embedding = server.bean(EmbeddingPort.class);
        Retriever retriever = server.bean(Retriever.class);
        AskQuestionUseCase ask = server.bean(AskQuestionUseCase.class);
        OrganizationId organization = OrganizationId.parse(client.organizationId());
        BotId bot = BotId.parse(client.botId());
        IndexScope scope = new IndexScope(organization, bot);
        RetrievalSettings settings = RetrievalSettings.defaults();
        for (String q : questions.subList(0, Math.min(20, questions.size()))) {
            retriever.retrieve(scope, q, settings.mode(), settings.topK());
        }
        Map<String, List<Double>> timings = new LinkedHashMap<>();
        for (String q : questions) {
            long t0 = System.nanoTime();
            embedding.embedQuery(q);
            long t1 = System.nanoTime();
            retriever.retrieve(scope, q, settings.mode(), settings.topK());
            long t2 = System.nanoTime();
            timings.computeIfAbsent("embedQuery", k -> new ArrayList<>()).add((t1 - t0) / 1e6);
            timings.computeIfAbsent("hybridRetrieve", k -> new ArrayList<>()).add((t2 - t1) / 1e6);
            // The use case in-process, no HTTP: question stored (onStarted), then the first token.
            FirstToken marks = new FirstToken();
            long t3 = System.nanoTime();
            ask.ask(new AskQuestionCommand(organization, bot, q, Optional.empty()), marks);
            long t4 = System.nanoTime();
            if (marks.firstToken > 0) {
                timings.computeIfAbsent("askUntilQuestionStored", k -> new ArrayList<>())
                        .add((marks.started - t3) / 1e6);
                timings.computeIfAbsent("askUntilFirstToken", k -> new ArrayList<>())
                        .add((marks.firstToken - t3) / 1e6);
                timings.computeIfAbsent("askWhole", k -> new ArrayList<>()).add((t4 - t3) / 1e6);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (var entry : timings.entrySet()) {
            Latencies l = new Latencies(entry.getValue());
            out.put(
                    entry.getKey(),
                    Map.of(
                            "p50",
                            l.percentile(50),
                            "p90",
                            l.percentile(90),
                            "mean",
                            entry.getValue().stream()
                                    .mapToDouble(Double::doubleValue)
                                    .average()
                                    .orElse(0)));
        }
        return out;
    }

    /** Marks when the use case stored the question and when its first token came. */
    private static final class FirstToken implements AnswerListener {
        long started;
        long firstToken;

        @Override
        public void onStarted(ConversationId conversation, MessageId message) {
            started = System.nanoTime();
        }

        @Override
        public void onToken(String text) {
            if (firstToken == 0) {
                firstToken = System.nanoTime();
            }
        }

        @Override
        public void onCitations(List<Citation> citations) {}
    }

    static String render(List<Level> levels) {
        StringBuilder out = new StringBuilder();
        out.append("%-14s %8s %7s %7s %8s %9s %9s %9s %9s %9s %6s%n"
                .formatted(
                        "questions",
                        "visitors",
                        "chats",
                        "errors",
                        "chats/s",
                        "p50 ms",
                        "p90 ms",
                        "p99 ms",
                        "max ms",
                        "compiles",
                        "GC ms"));
        for (Level l : levels) {
            out.append("%-14s %8d %7d %7d %8.1f %9.1f %9.1f %9.1f %9.1f %9d %6d%n"
                    .formatted(
                            l.label(),
                            l.visitors(),
                            l.chats(),
                            l.errors(),
                            l.chatsPerSecond(),
                            l.p50(),
                            l.p90(),
                            l.p99(),
                            l.max(),
                            l.compilations(),
                            l.gcMillis()));
        }
        out.append("goal at 16 visitors: p50 <= %.0f ms, p99 <= %.0f ms%n".formatted(GOAL_P50_MS, GOAL_P99_MS));
        return out.toString();
    }

    private static void write(
            Path out,
            List<Level> levels,
            Map<String, Object> stages,
            ChatKnowledge knowledge,
            String backend,
            int think,
            int tokensPerSecond,
            String loadBefore,
            String loadAfter)
            throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "issue-8/chat-overhead");
        json.put("finished", Instant.now().toString());
        json.put("backend", backend);
        json.put("thinkMs", think);
        json.put(
                "provider",
                "FakeOpenAiServer, 0 ms to first token, "
                        + (tokensPerSecond > 0 ? "then " + tokensPerSecond + " tokens/s" : "unpaced"));
        json.put(
                "knowledge",
                Map.of(
                        "documents",
                        knowledge.docs().size(),
                        "questions",
                        knowledge.questions().size()));
        json.put("machine", Machine.describe(loadBefore, loadAfter));
        json.put("goal", Map.of("visitors", 16, "p50Ms", GOAL_P50_MS, "p99Ms", GOAL_P99_MS));
        json.put("levels", levels);
        json.put("stagesAloneMs", stages);
        Results.writeJson(out, json);
        System.out.println("results: " + out);
    }

    private static void chart(Path png, List<Level> all) throws Exception {
        List<Level> levels =
                all.stream().filter(l -> l.label().startsWith("varied")).toList();
        List<Integer> x = levels.stream().map(Level::visitors).toList();
        List<Integer> goalX = List.of(x.get(0), x.get(x.size() - 1));
        Charts.save(
                Charts.chart(
                        "Chat overhead: request to first SSE token (embedded default, 2 cores)",
                        "concurrent closed-loop visitors",
                        "milliseconds",
                        true,
                        List.of(
                                new Charts.Line(
                                        "p50",
                                        x,
                                        levels.stream().map(Level::p50).toList(),
                                        false),
                                new Charts.Line(
                                        "p99",
                                        x,
                                        levels.stream().map(Level::p99).toList(),
                                        false),
                                new Charts.Line("goal p50 (at 16)", goalX, List.of(GOAL_P50_MS, GOAL_P50_MS), true),
                                new Charts.Line("goal p99 (at 16)", goalX, List.of(GOAL_P99_MS, GOAL_P99_MS), true))),
                png);
    }
}
