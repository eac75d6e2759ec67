package io.cairn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Benchmark 2's chart: top-10 p99 latency against concurrent clients, one curve per system and mode. */
final class RetrievalChart {

    private static final double GOAL_P99_MILLIS = 15;

    private RetrievalChart() {}

    static void write(Path png, int size, List<RetrievalRow> rows) throws IOException {
        XYChart chart = new XYChartBuilder()
                .width(900)
                .height(560)
                .title("Top-10 retrieval latency against concurrency, %,d chunks (p99, log scale)".formatted(size))
                .xAxisTitle("concurrent clients")
                .yAxisTitle("p99 latency (ms)")
                .build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        Map<String, List<RetrievalRow>> series = new LinkedHashMap<>();
        rows.stream().filter(r -> r.size() == size).forEach(r -> series.computeIfAbsent(
                        r.series(), k -> new java.util.ArrayList<>())
                .add(r));
        series.forEach((name, points) -> chart.addSeries(
                        name,
                        points.stream().mapToDouble(RetrievalRow::clients).toArray(),
                        points.stream().mapToDouble(RetrievalRow::p99Millis).toArray())
                .setMarker(SeriesMarkers.CIRCLE));
        double[] clients = rows.stream()
                .mapToDouble(RetrievalRow::clients)
                .distinct()
                .sorted()
                .toArray();
        if (clients.length > 0) {
            double[] goal = new double[clients.length];
            java.util.Arrays.fill(goal, GOAL_P99_MILLIS);
            chart.addSeries("goal: hybrid p99 15 ms at 100k chunks, 1 client", clients, goal)
                    .setMarker(SeriesMarkers.NONE)
                    .setLineStyle(org.knowm.xchart.style.lines.SeriesLines.DASH_DASH);
        }
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
