package io.cairn.bench;

import io.cairn.ports.in.source.IngestProgress;
import java.util.ArrayList;
import java.util.List;

/** Records an ingestion's progress as it goes: after each batch, the documents done and the seconds since start. */
final class ThroughputCurve implements IngestProgress {

    /** One point of the curve. */
    record Point(int documents, int chunks, double seconds) {

        double docsPerSecond() {
            return documents / seconds;
        }
    }

    private final List<Point> points = new ArrayList<>();
    private long start = System.nanoTime();

    void restart() {
        points.clear();
        start = System.nanoTime();
    }

    @Override
    public synchronized void documentsDone(int done, int total, int chunks) {
        points.add(new Point(done, chunks, (System.nanoTime() - start) / 1e9));
    }

    synchronized List<Point> points() {
        return List.copyOf(points);
    }
}
