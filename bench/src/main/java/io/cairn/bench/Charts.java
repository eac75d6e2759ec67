package io.cairn.bench;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws the benchmark charts as PNGs for docs/benchmarks.md, headless. */
final class Charts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {}

    /** One line on a chart: its name, x and y values, and whether it is a goal (dashed, no markers). */
    record Line(String name, List<? extends Number> x, List<? extends Number> y, boolean goal) {}

    /**
     * A chart of {@code lines}. {@code logarithmicY} asks for a log y axis, used only when the values span a decade:
     * within one, XChart's log axis draws no tick labels at all. The axis title then says which scale it got.
     */
    static XYChart chart(String title, String xTitle, String yTitle, boolean logarithmicY, List<Line> lines) {
        boolean logarithmic = logarithmicY && spanADecade(lines);
        XYChart chart = new XYChartBuilder()
                .width(800)
                .height(480)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(logarithmic ? yTitle + " (log scale)" : yTitle)
                .build();
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setYAxisLogarithmic(logarithmic);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        for (Line line : lines) {
            XYSeries series = chart.addSeries(line.name(), line.x(), line.y());
            if (line.goal() || line.x().size() > 40) {
                series.setMarker(SeriesMarkers.NONE);
            }
            if (line.goal()) {
                series.setMarker(SeriesMarkers.NONE);
                series.setLineStyle(new BasicStroke(
                        1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            }
        }
        return chart;
    }

    private static boolean spanADecade(List<Line> lines) {
        DoubleSummaryStatistics y = lines.stream()
                .flatMap(line -> line.y().stream())
                .mapToDouble(Number::doubleValue)
                .filter(value -> value > 0)
                .summaryStatistics();
        return y.getCount() > 0 && y.getMax() >= 10 * y.getMin();
    }

    static void save(XYChart chart, Path png) throws IOException {
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BitmapEncoder.saveBitmapWithDPI(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG, 100);
        System.out.println("chart: " + png);
    }
}
