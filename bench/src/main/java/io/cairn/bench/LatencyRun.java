package io.cairn.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a query set against one search: first a sequential pass over every query (the warm-up, whose answers the
 * recall is computed from), then {@code clients} threads issuing queries back to back, each from its own offset into
 * the query set, each until it has run its share or the time box has passed. Latency is per query, wall-clock, in
 * the calling thread.
 */
final class LatencyRun {

    /** One search: the chunk ids found for query number {@code query}, best first. */
    @FunctionalInterface
    interface Search {
        List<String> run(int query) throws Exception;
    }

    /** What a timed run saw: latency percentiles, throughput, and the answers of the warm-up pass. */
    record Outcome(
            int clients,
            int queries,
            double p50Millis,
            double p99Millis,
            double meanMillis,
            double queriesPerSecond,
            List<List<String>> answers,
            String from,
            String to) {}

    private LatencyRun() {}

    static List<List<String>> answers(Search search, int queryCount) throws Exception {
        List<List<String>> answers = new ArrayList<>(queryCount);
        for (int q = 0; q < queryCount; q++) {
            answers.add(search.run(q));
        }
        return answers;
    }

    static Outcome measure(
            Search search, int queryCount, int clients, int perClient, double maxSeconds, List<List<String>> answers)
            throws Exception {
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<long[]>> tasks = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * queryCount / clients;
                tasks.add(() -> {
                    long[] nanos = new long[perClient];
                    int i = 0;
                    for (; i < perClient && System.nanoTime() < deadline; i++) {
                        long start = System.nanoTime();
                        search.run((offset + i) % queryCount);
                        nanos[i] = System.nanoTime() - start;
                    }
                    return Arrays.copyOf(nanos, i);
                });
            }
            String from = java.time.Instant.now().toString();
            long start = System.nanoTime();
            List<Future<long[]>> futures = pool.invokeAll(tasks);
            double seconds = (System.nanoTime() - start) / 1e9;
            String to = java.time.Instant.now().toString();
            long[] all = new long[futures.stream().mapToInt(f -> done(f).length).sum()];
            int n = 0;
            for (Future<long[]> f : futures) {
                long[] part = f.get();
                System.arraycopy(part, 0, all, n, part.length);
                n += part.length;
            }
            Arrays.sort(all);
            double mean = Arrays.stream(all).average().orElse(0) / 1e6;
            return new Outcome(
                    clients,
                    all.length,
                    percentile(all, 0.50),
                    percentile(all, 0.99),
                    mean,
                    all.length / seconds,
                    answers,
                    from,
                    to);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] done(Future<long[]> future) {
        try {
            return future.get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a client failed", e);
        }
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** Mean over queries of |found ∩ reference| / k, with k the reference's size. */
    static double recall(List<List<String>> found, List<List<String>> reference) {
        double sum = 0;
        for (int q = 0; q < reference.size(); q++) {
            List<String> expected = reference.get(q);
            long hits = found.get(q).stream().filter(expected::contains).count();
            sum += (double) hits / expected.size();
        }
        return sum / reference.size();
    }
}
