package io.cairn.bench;

/** One line of benchmark 2's results: a system and mode at one corpus size and one concurrency. */
record RetrievalRow(
        int size,
        String system,
        String mode,
        int clients,
        int queries,
        double p50Millis,
        double p99Millis,
        double meanMillis,
        double queriesPerSecond,
        double recallAt10,
        double loadSeconds,
        String from,
        String to) {

    static RetrievalRow of(int size, String system, String mode, LatencyRun.Outcome o, double recall, double load) {
        return new RetrievalRow(
                size,
                system,
                mode,
                o.clients(),
                o.queries(),
                o.p50Millis(),
                o.p99Millis(),
                o.meanMillis(),
                o.queriesPerSecond(),
                recall,
                load,
                o.from(),
                o.to());
    }

    String series() {
        return system + " " + mode;
    }

    String line() {
        return "%7d  %-34s %-7s %3d %7.2f %7.2f %7.2f %8.0f %7.3f %8.1f"
                .formatted(
                        size,
                        system,
                        mode,
                        clients,
                        p50Millis,
                        p99Millis,
                        meanMillis,
                        queriesPerSecond,
                        recallAt10,
                        loadSeconds);
    }

    static String header() {
        return "%7s  %-34s %-7s %3s %7s %7s %7s %8s %7s %8s"
                .formatted("chunks", "system", "mode", "cl", "p50 ms", "p99 ms", "mean", "q/s", "rec@10", "load s");
    }
}
