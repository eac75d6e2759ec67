package io.cairn.bench;

import java.time.Instant;

/** One timed run of a benchmark: how many documents and chunks went through in how many seconds. */
record Measure(String key, String label, int docs, int chunks, double seconds) {

    double chunksPerSecond() {
        return chunks / seconds;
    }

    double docsPerSecond() {
        return docs / seconds;
    }

    /** The run that started at {@code startNanos} and ends now; logs both instants, to find it in a JFR recording. */
    static Measure since(String key, String label, int docs, int chunks, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Instant end = Instant.now();
        System.out.printf("  [%s] %s: %s to %s%n", key, label, end.minusMillis((long) (seconds * 1000)), end);
        return new Measure(key, label, docs, chunks, seconds);
    }
}
