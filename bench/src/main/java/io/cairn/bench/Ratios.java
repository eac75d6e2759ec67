package io.cairn.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ratios of issue 8: b/a in chunks/s (the same chunks), and b/c both in docs/s (the same documents; the two
 * splitters cut different numbers of chunks) and in chunks/s.
 */
final class Ratios {

    private Ratios() {}

    static Map<String, Double> of(List<Measure> runs) {
        Map<String, Double> ratios = new LinkedHashMap<>();
        Optional<Measure> a = Table.find(runs, "a");
        Optional<Measure> b = Table.find(runs, "b");
        Optional<Measure> c = Table.find(runs, "c");
        if (a.isPresent() && b.isPresent()) {
            ratios.put(
                    "b/a chunks/s (goal >= 0.85)",
                    b.get().chunksPerSecond() / a.get().chunksPerSecond());
        }
        if (b.isPresent() && c.isPresent()) {
            ratios.put(
                    "b/c docs/s (goal >= 1.0, aim 1.5)",
                    b.get().docsPerSecond() / c.get().docsPerSecond());
            ratios.put("b/c chunks/s", b.get().chunksPerSecond() / c.get().chunksPerSecond());
        }
        return ratios;
    }
}
