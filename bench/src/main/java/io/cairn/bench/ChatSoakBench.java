package io.cairn.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 8, benchmark 4: how many SSE chats one server holds open at once, with 0 errors, while the fake provider
 * streams long answers at a model's pace ({@code --tps}, 20 tokens/s). {@code --streams} closed-loop visitors start
 * evenly over {@code --ramp} seconds; each asks, reads its stream to {@code done} and asks again at once, until
 * {@code --minutes} have passed since the first one started. A sampler logs open streams, heap and threads every
 * second. At the end, with the streams still open, it collects garbage and reads heap used and the process's RSS.
 * The server, the provider and the visitors share this one JVM, so the RSS and thread count are the three together.
 *
 * <p>{@code java -cp … io.cairn.bench.ChatSoakBench [--streams 1000] [--minutes 5] [--ramp 60] [--tokens 1200]
 * [--tps 20] [--scifact DIR] [--out FILE.json] [--chart FILE.png]}
 */
public final class ChatSoakBench {

    private static final String SENTENCE = "The abstract reports a measured effect in the studied group [1]. ";

    private ChatSoakBench() {}

    /** One second of the run, as the sampler saw it. */
    record Sample(double second, int open, long completed, long errors, long heapUsedMiB, int threads) {}

    public static void main(String[] args) throws Exception {
        BenchArgs options = new BenchArgs(args);
        int streams = options.integer("streams", 1000);
        int minutes = options.integer("minutes", 5);
        int ramp = options.integer("ramp", 60);
        int tokens = options.integer("tokens", 1200);
        double tps = Double.parseDouble(options.get("tps", "20"));
        Path scifact = Path.of(options.get("scifact", "/work/shared/data/scifact"));
        ChatKnowledge knowledge = ChatKnowledge.read(scifact, 100);
        String answer = answer(tokens);
        String loadBefore = Machine.loadAverage();
        Map<String, Object> json = new LinkedHashMap<>();
        try (ChatServer server = ChatServer.start(answer, tps, streams)) {
            ChatClient client = new ChatClient(server.uri());
            client.botWithKnowledge(knowledge.docs());
            System.out.printf(
                    "bot ready: %d documents; ramping to %d streams%n",
                    knowledge.docs().size(), streams);
            // The server may gather several provider tokens into one SSE event, so the pace is counted in text
            // received.
            double tokensPerChar = answer.split(" ").length / (double) answer.length();
            json = run(client, knowledge.questions(), streams, minutes, ramp, tokensPerChar);
            // Model calls that reached the provider, against chats answered by the model: the difference is calls
            // refused inside the server (bulkhead or open circuit), which the server does not log.
            json.put("providerCalls", server.providerCalls());
            System.out.printf("provider received %d model calls%n", server.providerCalls());
        }
        String loadAfter = Machine.loadAverage();
        json.put("loadAverageBefore", loadBefore);
        json.put("loadAverageAfter", loadAfter);
        json.put("answerTokens", tokens);
        json.put("providerTokensPerSecond", tps);
        System.out.printf(
                "load average before %s, after %s; %s, %d cores, %s, max heap %d MiB%n",
                loadBefore, loadAfter, Machine.cpu(), Machine.cores(), Machine.java(), Machine.maxHeapMiB());
        write(Path.of(options.get("out", "bench/target/chat-soak-" + streams + ".json")), json);
        @SuppressWarnings("unchecked")
        List<Sample> samples = (List<Sample>) json.get("samples");
        chart(Path.of(options.get("chart", "docs/benchmarks/chat-soak-" + streams + ".png")), samples, streams);
        System.exit(0);
    }

    private static Map<String, Object> run(
            ChatClient client, List<String> questions, int streams, int minutes, int ramp, double tokensPerChar)
            throws Exception {
        long start = System.nanoTime();
        long end = start + minutes * 60_000_000_000L;
        AtomicInteger open = new AtomicInteger();
        AtomicLong completed = new AtomicLong();
        AtomicLong next = new AtomicLong();
        List<ChatClient.Outcome> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> modes = Collections.synchronizedMap(new TreeMap<>());
        List<Double> firstToken = Collections.synchronizedList(new ArrayList<>());
        List<Double> paces = Collections.synchronizedList(new ArrayList<>());
        List<Double> events = Collections.synchronizedList(new ArrayList<>());
        List<Thread> visitors = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            long startAt = start + (long) ramp * 1_000_000_000L * i / streams;
            Thread t = new Thread(
                    () -> {
                        Pauses.sleepUntil(startAt);
                        while (System.nanoTime() < end) {
                            String q = questions.get((int) (next.getAndIncrement() % questions.size()));
                            ChatClient.Outcome outcome = client.chat(q, open);
                            completed.incrementAndGet();
                            if (outcome.ok()) {
                                modes.merge(outcome.mode(), 1, Integer::sum);
                                firstToken.add(outcome.firstTokenMillis());
                                if ("generated".equals(outcome.mode()) && outcome.ended() > outcome.firstToken()) {
                                    paces.add(outcome.textChars()
                                            * tokensPerChar
                                            * 1e9
                                            / (outcome.ended() - outcome.firstToken()));
                                    events.add((double) outcome.tokenEvents());
                                }
                            } else {
                                failures.add(outcome);
                            }
                        }
                    },
                    "visitor-" + i);
            t.setDaemon(true);
            visitors.add(t);
            t.start();
        }
        List<Sample> samples = new ArrayList<>();
        var memory = ManagementFactory.getMemoryMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        while (System.nanoTime() < end) {
            Thread.sleep(1000);
            Sample s = new Sample(
                    (System.nanoTime() - start) / 1e9,
                    open.get(),
                    completed.get(),
                    failures.size(),
                    memory.getHeapMemoryUsage().getUsed() >> 20,
                    threads.getThreadCount());
            samples.add(s);
            if (samples.size() % 10 == 0) {
                System.out.printf(
                        "  t=%3.0fs open=%d completed=%d errors=%d heap=%d MiB threads=%d load=%s%n",
                        s.second(),
                        s.open(),
                        s.completed(),
                        s.errors(),
                        s.heapUsedMiB(),
                        s.threads(),
                        Machine.loadAverage());
            }
        }
        int openAtEnd = open.get();
        System.gc();
        long heapAfterGc = memory.getHeapMemoryUsage().getUsed() >> 20;
        long rss = rssMiB();
        int threadsAtEnd = threads.getThreadCount();
        System.out.printf(
                "end of hold at %s: %d streams open, heap after GC %d MiB, RSS %d MiB, %d threads%n",
                Instant.now(), openAtEnd, heapAfterGc, rss, threadsAtEnd);
        for (Thread t : visitors) {
            t.join(Math.max(1, (end + 120_000_000_000L - System.nanoTime()) / 1_000_000));
        }
        double holdFrom = ramp + 10;
        List<Sample> hold = samples.stream().filter(s -> s.second() >= holdFrom).toList();
        int minOpen = hold.stream().mapToInt(Sample::open).min().orElse(0);
        double meanOpen = hold.stream().mapToInt(Sample::open).average().orElse(0);
        int maxOpen = samples.stream().mapToInt(Sample::open).max().orElse(0);
        Latencies latencies = new Latencies(firstToken);
        List<String> sampleErrors = failures.stream()
                .map(ChatClient.Outcome::error)
                .distinct()
                .limit(5)
                .toList();
        System.out.printf(
                "%nstreams=%d: open during hold (from %.0f s) min %d mean %.0f, max %d; chats %d, errors %d, modes %s%n",
                streams, holdFrom, minOpen, meanOpen, maxOpen, completed.get(), failures.size(), modes);
        System.out.printf(
                "first token under load: p50 %.0f ms, p99 %.0f ms; at the end: heap after GC %d MiB, RSS %d MiB%n",
                latencies.percentile(50), latencies.percentile(99), heapAfterGc, rss);
        sampleErrors.forEach(e -> System.out.println("  error: " + e));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "issue-8/chat-soak");
        json.put("finished", Instant.now().toString());
        json.put("streams", streams);
        json.put("minutes", minutes);
        json.put("rampSeconds", ramp);
        json.put("cpu", Machine.cpu());
        json.put("cores", Machine.cores());
        json.put("java", Machine.java());
        json.put("maxHeapMiB", Machine.maxHeapMiB());
        json.put("openDuringHold", Map.of("fromSecond", holdFrom, "min", minOpen, "mean", meanOpen, "max", maxOpen));
        json.put("chats", completed.get());
        json.put("errors", failures.size());
        json.put("sampleErrors", sampleErrors);
        json.put("modes", modes);
        Latencies pace = new Latencies(paces);
        json.put(
                "generatedTokensPerSecondPerStream",
                Map.of("p50", pace.percentile(50), "p10", pace.percentile(10), "count", pace.count()));
        Latencies perChat = new Latencies(events);
        json.put("tokenEventsPerModelAnsweredChat", Map.of("p50", perChat.percentile(50)));
        System.out.printf(
                "tokens/s per model-answered stream, first token to end: p50 %.1f, p10 %.1f (%d chats);"
                        + " SSE token events per chat p50 %.0f%n",
                pace.percentile(50), pace.percentile(10), pace.count(), perChat.percentile(50));
        json.put(
                "firstTokenMs",
                Map.of("p50", latencies.percentile(50), "p99", latencies.percentile(99), "max", latencies.max()));
        json.put(
                "atEnd",
                Map.of(
                        "open", openAtEnd,
                        "heapUsedAfterGcMiB", heapAfterGc,
                        "rssMiB", rss,
                        "threads", threadsAtEnd,
                        "note", "one JVM: server, fake provider and visitors together"));
        json.put("samples", samples);
        return json;
    }

    /** An answer of about {@code tokens} tokens as the fake provider splits them (one word and its space each). */
    static String answer(int tokens) {
        int perSentence = SENTENCE.split(" ").length;
        return SENTENCE.repeat(Math.max(1, tokens / perSentence)).strip();
    }

    /** The resident set of this process, from /proc/self/status, or -1 off Linux. */
    static long rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (Exception e) {
            // off Linux
        }
        return -1;
    }

    private static void write(Path out, Map<String, Object> json) throws Exception {
        Results.writeJson(out, json);
        System.out.println("results: " + out);
    }

    private static void chart(Path png, List<Sample> samples, int streams) throws Exception {
        List<Double> x = samples.stream().map(Sample::second).toList();
        Charts.save(
                Charts.chart(
                        "Soak: " + streams + " closed-loop SSE visitors, provider at 20 tokens/s (2 cores)",
                        "seconds since the first visitor started",
                        "count / MiB",
                        false,
                        List.of(
                                new Charts.Line(
                                        "open SSE streams",
                                        x,
                                        samples.stream().map(Sample::open).toList(),
                                        false),
                                new Charts.Line(
                                        "errors (cumulative)",
                                        x,
                                        samples.stream().map(Sample::errors).toList(),
                                        false),
                                new Charts.Line(
                                        "heap used (MiB)",
                                        x,
                                        samples.stream()
                                                .map(Sample::heapUsedMiB)
                                                .toList(),
                                        false),
                                new Charts.Line(
                                        "target", List.of(0.0, x.get(x.size() - 1)), List.of(streams, streams), true))),
                png);
    }
}
