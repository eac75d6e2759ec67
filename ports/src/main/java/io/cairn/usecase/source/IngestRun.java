package io.cairn.usecase.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Tallies one ingestion run: documents added, changed, unchanged, removed, skipped and failed, chunks of the
 * documents that are ready, and the first failure reasons.
 */
final class IngestRun {

    private int added;
    private int changed;
    private int unchanged;
    private int removed;
    private int skipped;
    private int failed;
    private int kept;
    private int chunks;
    private final List<String> reasons = new ArrayList<>();

    void indexed(boolean wasIndexed, int chunkCount) {
        if (wasIndexed) {
            changed++;
        } else {
            added++;
        }
        chunks += chunkCount;
    }

    void unchanged(int chunkCount) {
        unchanged++;
        chunks += chunkCount;
    }

    /** A page that failed this time but keeps its last good content in the index. */
    void keptAfterFailure(String reason, int chunkCount) {
        failed(reason);
        kept++;
        chunks += chunkCount;
    }

    void countRemoved() {
        removed++;
    }

    void countSkipped() {
        skipped++;
    }

    void failed(String reason) {
        failed++;
        if (reasons.size() < 3) {
            reasons.add(reason);
        }
    }

    int done() {
        return added + changed + unchanged + removed + skipped + failed;
    }

    /** Documents whose content is in the index after this run. */
    int ready() {
        return added + changed + unchanged + kept;
    }

    int added() {
        return added;
    }

    int changed() {
        return changed;
    }

    int unchanged() {
        return unchanged;
    }

    int removed() {
        return removed;
    }

    int skipped() {
        return skipped;
    }

    int failed() {
        return failed;
    }

    int chunks() {
        return chunks;
    }

    /** A source fails only when not a single document could be used. */
    boolean failedWhole() {
        return ready() == 0;
    }

    String failureSummary() {
        if (failed == 0) {
            return skipped > 0 ? "no usable pages: all " + skipped + " were skipped" : "no documents found";
        }
        String first = String.join("; ", reasons);
        return failed == 1 ? first : "all " + failed + " documents failed: " + first;
    }
}
