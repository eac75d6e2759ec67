package io.cairn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws benchmark 1's curve: Cairn's throughput (documents per second so far) against the documents ingested, with
 * the raw model's and stock langchain4j's average rates as flat lines to compare with.
 */
final class IngestionChart {

    private IngestionChart() {}

    static void write(Path png, List<ThroughputCurve.Point> curve, List<Measure> runs) throws IOException {
        XYChart chart = new XYChartBuilder()
                .width(800)
                .height(450)
                .title("SciFact ingestion, bge-small-en-v1.5 quantized, 2 cores")
                .xAxisTitle("documents ingested")
                .yAxisTitle("documents per second (so far)")
                .build();
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setYAxisMin(0.0);
        double[] x =
                curve.stream().mapToDouble(ThroughputCurve.Point::documents).toArray();
        double[] y =
                curve.stream().mapToDouble(ThroughputCurve.Point::docsPerSecond).toArray();
        if (x.length > 0) {
            chart.addSeries("(b) Cairn pipeline", x, y).setMarker(SeriesMarkers.NONE);
            double last = x[x.length - 1];
            flat(chart, "(a) raw model", Table.find(runs, "a"), last);
            flat(chart, "(c) stock langchain4j", Table.find(runs, "c"), last);
        }
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static void flat(XYChart chart, String name, Optional<Measure> run, double lastX) {
        run.ifPresent(m -> {
            XYSeries series = chart.addSeries(
                    name + String.format(" (%.1f docs/s)", m.docsPerSecond()),
                    new double[] {0, lastX},
                    new double[] {m.docsPerSecond(), m.docsPerSecond()});
            series.setMarker(SeriesMarkers.NONE);
        });
    }
}
