package org.credibility.jobs.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's charts, drawn with XChart and encoded as PNG. No Spark: plain numbers in. */
public final class Charts {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 420;
    private static final Color BLUE = new Color(0x3b, 0x6e, 0xa8);
    private static final Color ORANGE = new Color(0xe0, 0x8a, 0x2c);
    private static final Color RED = new Color(0xb8, 0x3b, 0x3b);
    private static final Color GREY = new Color(0x99, 0x99, 0x99);

    static {
        // No display on a cluster node or in CI; must be set before the first AWT class loads.
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** Bars of claim counts per score bin; {@code labels[i]} names bin i. */
    public static CategoryChart histogram(String title, List<String> labels, List<Long> counts) {
        CategoryChart chart = category(title, "credibility", "claims");
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(0);
        chart.addSeries("claims", labels, counts).setFillColor(BLUE);
        return chart;
    }

    /** One bar per name, values in [0, 1]. */
    public static CategoryChart bars(String title, String yTitle, List<String> names, List<Double> values) {
        CategoryChart chart = category(title, "", yTitle);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setXAxisLabelRotation(rotation(names));
        chart.addSeries(yTitle, names, values).setFillColor(BLUE);
        return chart;
    }

    /** Bars grouped by name, one series per map entry (in the map's order), values in [0, 1]. */
    public static CategoryChart groupedBars(String title, String yTitle, List<String> names,
                                            Map<String, List<Double>> series) {
        CategoryChart chart = category(title, "", yTitle);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setXAxisLabelRotation(rotation(names));
        Color[] colors = {ORANGE, RED, BLUE, GREY};
        int i = 0;
        for (Map.Entry<String, List<Double>> e : series.entrySet()) {
            chart.addSeries(e.getKey(), names, e.getValue()).setFillColor(colors[i++ % colors.length]);
        }
        return chart;
    }

    /** Reliability diagram: fraction actually true against mean predicted score, per score bin. */
    public static XYChart calibration(String title, double[] meanPredicted, double[] fractionTrue) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("mean predicted credibility in the bin").yAxisTitle("fraction labelled true").build();
        style(chart.getStyler());
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        XYSeries ideal = chart.addSeries("perfectly calibrated", new double[] {0, 1}, new double[] {0, 1});
        ideal.setMarker(SeriesMarkers.NONE).setLineColor(GREY);
        XYSeries model = chart.addSeries("this model", meanPredicted, fractionTrue);
        model.setMarker(SeriesMarkers.CIRCLE);
        model.setLineColor(BLUE);
        model.setMarkerColor(BLUE);
        return chart;
    }

    /** The chart as PNG bytes, {@link #WIDTH} × {@link #HEIGHT} unless built otherwise. */
    public static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Slanted outlet names when level ones would run into each other. */
    private static int rotation(List<String> names) {
        int chars = names.stream().mapToInt(String::length).sum();
        return chars * 8 > WIDTH - 120 ? 30 : 0;
    }

    private static CategoryChart category(String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        style(chart.getStyler());
        chart.getStyler().setOverlapped(false);
        return chart;
    }

    private static void style(org.knowm.xchart.style.AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setChartTitleBoxVisible(false);
        styler.setAntiAlias(true);
    }
}
