package io.cairn.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Nearest-rank percentiles of a set of latencies in milliseconds. */
final class Latencies {

    private final List<Double> sorted;

    Latencies(List<Double> millis) {
        this.sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
    }

    int count() {
        return sorted.size();
    }

    double percentile(double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    double max() {
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1);
    }
}
