package io.cairn.bench;

import java.util.List;
import java.util.Optional;

/** The short table the benchmark prints: one row per run, then the ratios the issue asks for. */
final class Table {

    private Table() {}

    static String row(Measure m) {
        return "%-3s %-48s %6d %7d %9.1f %9.2f %8.2f"
                .formatted(
                        m.key(), m.label(), m.docs(), m.chunks(), m.seconds(), m.chunksPerSecond(), m.docsPerSecond());
    }

    static String render(List<Measure> runs) {
        StringBuilder out = new StringBuilder();
        out.append("%-3s %-48s %6s %7s %9s %9s %8s%n"
                .formatted("", "run", "docs", "chunks", "seconds", "chunks/s", "docs/s"));
        runs.forEach(m -> out.append(row(m)).append('\n'));
        Ratios.of(runs).forEach((name, value) -> out.append("%-36s %.3f%n".formatted(name, value)));
        return out.toString();
    }

    static Optional<Measure> find(List<Measure> runs, String key) {
        return runs.stream().filter(m -> m.key().equals(key)).findFirst();
    }
}
