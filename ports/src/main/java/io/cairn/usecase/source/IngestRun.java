package io.cairn.usecase.source;

import java.util.ArrayList;
import java.util.List;

/** Tallies one ingestion run: documents ready, unchanged and failed, chunks, and the first failure reason. */
final class IngestRun {

    private int ready;
    private int failed;
    private int chunks;
    private final List<String> reasons = new ArrayList<>();

    void ready(int chunkCount) {
        ready++;
        chunks += chunkCount;
    }

    void failed(String reason) {
        failed++;
        if (reasons.size() < 3) {
            reasons.add(reason);
        }
    }

    int done() {
        return ready + failed;
    }

    int ready() {
        return ready;
    }

    int chunks() {
        return chunks;
    }

    /** A source fails only when not a single document could be used. */
    boolean failedWhole() {
        return ready == 0;
    }

    String failureSummary() {
        if (failed == 0) {
            return "no documents found";
        }
        String first = String.join("; ", reasons);
        return failed == 1 ? first : "all " + failed + " documents failed: " + first;
    }
}
