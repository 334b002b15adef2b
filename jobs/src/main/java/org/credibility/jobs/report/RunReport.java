package org.credibility.jobs.report;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.when;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The run report: {@code report.html} and its PNG charts, from a run's scores and outlets (and
 * labels when the input had them). Only bounded results reach the driver: the top and bottom
 * claims, the first outlets of two rankings, and per-bin counts computed in Spark.
 */
public final class RunReport {
    /** Claims listed at each end of the ranking. */
    public static final int CLAIMS_SHOWN = 10;
    /** Outlets listed (and charted) per ranking. */
    public static final int OUTLETS_SHOWN = 25;
    /** Score bins of the histogram and the calibration curve: [0, 0.1), ..., [0.9, 1.0]. */
    public static final int BINS = 10;
    /** Scores at or above this are predicted true in the confusion matrix. */
    public static final double THRESHOLD = 0.5;

    public static final String HTML = "report.html";
    public static final String SCORES_PNG = "scores.png";
    public static final String OUTLET_CREDIBILITY_PNG = "outlets-credibility.png";
    public static final String OUTLET_HEDGING_PNG = "outlets-hedging-denial.png";
    public static final String CALIBRATION_PNG = "calibration.png";

    private RunReport() {
    }

    /** The report's files by name: {@code report.html} and the PNGs it shows. */
    public record Files(Map<String, byte[]> files) {
    }

    /** The confusion matrix at {@link #THRESHOLD}: counts by label (true/false) and prediction. */
    public record Confusion(long truePositive, long falseNegative, long falsePositive, long trueNegative,
                            long unverified) {
        public long total() {
            return truePositive + falseNegative + falsePositive + trueNegative;
        }

        public double accuracy() {
            return (truePositive + trueNegative) / (double) total();
        }
    }

    /** One bin of the calibration curve. */
    public record CalibrationBin(int bin, long claims, double meanPredicted, double fractionTrue) {
    }

    /**
     * Builds the report.
     *
     * @param run     the manifest so far (run_id, input, model, counts)
     * @param scores  the scores table
     * @param outlets the outlets table
     * @param labels  labels.jsonl ({@code claim_id}, {@code label}) when the input had it
     */
    public static Files build(Map<String, Object> run, Dataset<Row> scores, Dataset<Row> outlets,
                              Optional<Dataset<Row>> labels) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder();

        body.append(runSection(run));

        long[] histogram = histogram(scores);
        long claims = 0;
        long below = 0;
        for (int i = 0; i < BINS; i++) {
            claims += histogram[i];
            below += i < BINS * THRESHOLD ? histogram[i] : 0;
        }
        List<String> binLabels = new ArrayList<>();
        List<Long> binCounts = new ArrayList<>();
        int fullest = 0;
        for (int i = 0; i < BINS; i++) {
            binLabels.add(binLabel(i));
            binCounts.add(histogram[i]);
            fullest = histogram[i] > histogram[fullest] ? i : fullest;
        }
        files.put(SCORES_PNG, Charts.png(Charts.histogram(
                "Credibility of " + claims + " claims", binLabels, binCounts)));
        body.append("<h2>Distribution of scores</h2>\n<p>")
                .append(claims).append(" claims: ").append(claims - below).append(" score ")
                .append(Html.number(THRESHOLD, 1)).append(" or more (credible), ").append(below)
                .append(" less. The fullest bin is ").append(binLabel(fullest)).append(" with ")
                .append(histogram[fullest]).append(" claims.</p>\n")
                .append(image(SCORES_PNG, "Histogram of credibility scores in bins of 0.1"))
                .append(Html.table(List.of("credibility", "claims"), zip(binLabels, binCounts)));

        body.append("<h2>Most credible claims</h2>\n")
                .append(claimTable(scores.orderBy(col("credibility").desc(), col("claim_id"))));
        body.append("<h2>Least credible claims</h2>\n")
                .append(claimTable(scores.orderBy(col("credibility").asc(), col("claim_id"))));

        body.append(outletSections(outlets, files));

        if (labels.isPresent()) {
            body.append(labelSections(scores, labels.get(), files, "When the model was trained in this run on"
                    + " these labels, these are training figures, not a held-out evaluation."));
        }

        String html = page("credibility run " + run.get("run_id"), "credibility: run report", body.toString());
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        ordered.put(HTML, html.getBytes(StandardCharsets.UTF_8));
        ordered.putAll(files);
        return new Files(ordered);
    }

    private static String runSection(Map<String, Object> run) {
        StringBuilder b = new StringBuilder("<h2>Run</h2>\n");
        List<List<?>> rows = new ArrayList<>();
        for (String key : List.of("run_id", "command", "started_at", "input", "output")) {
            if (run.containsKey(key)) {
                rows.add(List.of(key, String.valueOf(run.get(key))));
            }
        }
        if (run.get("models") instanceof Map<?, ?> models) {
            List<?> trained = run.get("trained_in_this_run") instanceof List<?> l ? l : List.of();
            models.forEach((name, m) -> {
                Map<?, ?> model = (Map<?, ?>) m;
                String path = String.valueOf(model.get("path"));
                rows.add(List.of(name + " model", model.get("version") + (path.isEmpty() ? "" : " (" + path + ")")
                        + (trained.contains(name) ? ", trained in this run" : "")));
            });
        }
        b.append(Html.table(List.of("", ""), rows));
        if (run.get("counts") instanceof Map<?, ?> counts) {
            List<List<?>> countRows = new ArrayList<>();
            counts.forEach((k, v) -> countRows.add(List.of(String.valueOf(k).replace('_', ' '), v instanceof Map<?, ?> m
                    ? (m.isEmpty() ? "none" : m.toString().replaceAll("[{}]", "").replace("=", ": "))
                    : v)));
            b.append("<h3>Counts</h3>\n").append(Html.table(List.of("what", "count"), countRows));
        }
        return b.toString();
    }

    /** Claims per score bin, computed in Spark. */
    static long[] histogram(Dataset<Row> scores) {
        long[] counts = new long[BINS];
        for (Row r : scores.groupBy(bin(col("credibility")).as("bin")).count().collectAsList()) {
            if (!r.isNullAt(0)) {
                counts[(int) r.getLong(0)] = r.getLong(1);
            }
        }
        return counts;
    }

    private static Column bin(Column score) {
        return least(floor(score.multiply(BINS)), lit((long) BINS - 1));
    }

    static String binLabel(int bin) {
        return Html.number(bin / (double) BINS, 1) + "–" + Html.number((bin + 1) / (double) BINS, 1);
    }

    private static String claimTable(Dataset<Row> ordered) {
        List<List<?>> rows = new ArrayList<>();
        for (Row r : ordered.select("credibility", "text", "outlet", "corroborators", "deniers", "explanation")
                .limit(CLAIMS_SHOWN).collectAsList()) {
            rows.add(List.of(r.getDouble(0), r.getString(1), r.getString(2), strings(r, 3), strings(r, 4),
                    r.getString(5)));
        }
        return Html.table(List.of("credibility", "claim", "outlet", "corroborated by", "denied by", "explanation"),
                rows);
    }

    private static List<String> strings(Row r, int i) {
        return r.isNullAt(i) ? List.of() : r.getList(i);
    }

    private static String outletSections(Dataset<Row> outlets, Map<String, byte[]> files) {
        long total = outlets.count();
        String shown = total > OUTLETS_SHOWN ? " (the first " + OUTLETS_SHOWN + " of " + total + ")" : "";
        StringBuilder b = new StringBuilder();

        List<Row> byCredibility = outlets.filter(col("mean_credibility").isNotNull())
                .orderBy(col("mean_credibility").desc(), col("outlet")).limit(OUTLETS_SHOWN)
                .select("outlet", "mean_credibility", "n_articles", "n_claims", "corroboration_rate").collectAsList();
        List<String> names = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<List<?>> rows = new ArrayList<>();
        for (Row r : byCredibility) {
            names.add(r.getString(0));
            means.add(r.getDouble(1));
            rows.add(List.of(r.getString(0), r.getDouble(1), r.getLong(2), r.getLong(3), Html.percent(r.getDouble(4))));
        }
        b.append("<h2>Outlets by mean credibility of their claims").append(Html.escape(shown)).append("</h2>\n");
        if (!byCredibility.isEmpty()) {
            files.put(OUTLET_CREDIBILITY_PNG, Charts.png(Charts.bars(
                    "Mean credibility of each outlet's claims", "mean credibility", names, means)));
            b.append("<p>Highest: ").append(Html.escape(names.get(0))).append(" (")
                    .append(Html.number(means.get(0), 3)).append("); lowest: ")
                    .append(Html.escape(names.get(names.size() - 1))).append(" (")
                    .append(Html.number(means.get(means.size() - 1), 3)).append(").</p>\n")
                    .append(image(OUTLET_CREDIBILITY_PNG, "Bar chart of each outlet's mean claim credibility"));
        }
        b.append(Html.table(List.of("outlet", "mean credibility", "articles", "claims", "claims corroborated"), rows));

        List<Row> byHedging = outlets.filter(col("n_mentions").gt(0))
                .orderBy(col("hedge_rate").plus(col("denial_rate")).desc(), col("outlet")).limit(OUTLETS_SHOWN)
                .select("outlet", "hedge_rate", "denial_rate", "n_mentions").collectAsList();
        List<String> hNames = new ArrayList<>();
        List<Double> hedge = new ArrayList<>();
        List<Double> denial = new ArrayList<>();
        List<List<?>> hRows = new ArrayList<>();
        for (Row r : byHedging) {
            hNames.add(r.getString(0));
            hedge.add(r.getDouble(1));
            denial.add(r.getDouble(2));
            hRows.add(List.of(r.getString(0), Html.percent(r.getDouble(1)), Html.percent(r.getDouble(2)),
                    r.getLong(3)));
        }
        b.append("<h2>Outlets by hedge and denial rate").append(Html.escape(shown)).append("</h2>\n")
                .append("<p>Over what each outlet wrote about any claim (its mentions): the share that only ")
                .append("discusses or hedges the claim, and the share that carries a denial of it.</p>\n");
        if (!byHedging.isEmpty()) {
            Map<String, List<Double>> series = new LinkedHashMap<>();
            series.put("hedge rate", hedge);
            series.put("denial rate", denial);
            files.put(OUTLET_HEDGING_PNG, Charts.png(Charts.groupedBars(
                    "Hedge and denial rate of each outlet's mentions", "share of mentions", hNames, series)));
            b.append(image(OUTLET_HEDGING_PNG, "Grouped bar chart of each outlet's hedge rate and denial rate"));
        }
        b.append(Html.table(List.of("outlet", "hedge rate", "denial rate", "mentions"), hRows));
        return b.toString();
    }

    /** The scores of labelled claims: {@code verdict} (true / false / unverified) and {@code credibility}. */
    private static Dataset<Row> labelled(Dataset<Row> scores, Dataset<Row> labels) {
        return scores.select("claim_id", "credibility")
                .join(labels.select(col("claim_id"), lower(col("label")).as("verdict")), "claim_id");
    }

    /** The confusion matrix of the labelled claims, computed in Spark. */
    public static Confusion confusion(Dataset<Row> scores, Dataset<Row> labels) {
        long tp = 0;
        long fn = 0;
        long fp = 0;
        long tn = 0;
        long unverified = 0;
        for (Row r : labelled(scores, labels)
                .groupBy(col("verdict"), col("credibility").geq(THRESHOLD).as("predicted_true")).count()
                .collectAsList()) {
            String verdict = r.getString(0);
            boolean predicted = r.getBoolean(1);
            long n = r.getLong(2);
            switch (verdict) {
                case "true" -> {
                    if (predicted) {
                        tp += n;
                    } else {
                        fn += n;
                    }
                }
                case "false" -> {
                    if (predicted) {
                        fp += n;
                    } else {
                        tn += n;
                    }
                }
                default -> unverified += n;
            }
        }
        return new Confusion(tp, fn, fp, tn, unverified);
    }

    /** Per score bin over the claims labelled true or false: count, mean score, fraction true. */
    public static List<CalibrationBin> calibration(Dataset<Row> scores, Dataset<Row> labels) {
        List<CalibrationBin> bins = new ArrayList<>();
        for (Row r : labelled(scores, labels).filter(col("verdict").isin("true", "false"))
                .groupBy(bin(col("credibility")).as("bin"))
                .agg(count(lit(1)), avg(col("credibility")), avg(when(col("verdict").equalTo("true"), 1.0).otherwise(0.0)))
                .orderBy("bin").collectAsList()) {
            bins.add(new CalibrationBin((int) r.getLong(0), r.getLong(1), r.getDouble(2), r.getDouble(3)));
        }
        return bins;
    }

    /** A whole HTML page in the reports' style. */
    public static String page(String title, String heading, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + CSS
                + "</style>\n</head>\n<body>\n<h1>" + Html.escape(heading) + "</h1>\n" + body + "</body>\n</html>\n";
    }

    /**
     * The scores against the labels: confusion matrix, calibration plot ({@link #CALIBRATION_PNG},
     * put in {@code files}) and table. {@code provenance} says what kind of figures these are.
     */
    public static String labelSections(Dataset<Row> scores, Dataset<Row> labels, Map<String, byte[]> files,
                                       String provenance) {
        Confusion c = confusion(scores, labels);
        StringBuilder b = new StringBuilder("<h2>Against the labels</h2>\n");
        if (c.total() == 0) {
            return b.append("<p>labels.jsonl names none of the scored claims as true or false.</p>\n").toString();
        }
        double precision = c.truePositive() / (double) (c.truePositive() + c.falsePositive());
        double recall = c.truePositive() / (double) (c.truePositive() + c.falseNegative());
        b.append("<p>").append(c.total()).append(" scored claims are labelled true or false")
                .append(c.unverified() > 0 ? " (" + c.unverified() + " more are labelled unverified and left out)" : "")
                .append(". A score of ").append(Html.number(THRESHOLD, 1))
                .append(" or more counts as predicted true. Accuracy ").append(Html.percent(c.accuracy()))
                .append(", precision ").append(Html.percent(precision)).append(", recall ").append(Html.percent(recall))
                .append(". ").append(Html.escape(provenance)).append("</p>\n")
                .append("<h3>Confusion matrix</h3>\n")
                .append(Html.table(List.of("label \\ predicted", "predicted true", "predicted false"), List.of(
                        List.of("true", c.truePositive(), c.falseNegative()),
                        List.of("false", c.falsePositive(), c.trueNegative()))));
        List<CalibrationBin> bins = calibration(scores, labels);
        double[] x = bins.stream().mapToDouble(CalibrationBin::meanPredicted).toArray();
        double[] y = bins.stream().mapToDouble(CalibrationBin::fractionTrue).toArray();
        files.put(CALIBRATION_PNG, Charts.png(Charts.calibration(
                "Calibration over " + c.total() + " labelled claims", x, y)));
        List<List<?>> rows = new ArrayList<>();
        for (CalibrationBin bin : bins) {
            rows.add(List.of(binLabel(bin.bin()), bin.claims(), bin.meanPredicted(), bin.fractionTrue()));
        }
        b.append("<h3>Calibration</h3>\n<p>Per score bin, the share of claims labelled true against their mean"
                        + " score; a calibrated model lies on the diagonal.</p>\n")
                .append(image(CALIBRATION_PNG, "Calibration curve: fraction labelled true against mean predicted"
                        + " credibility per score bin"))
                .append(Html.table(List.of("score bin", "claims", "mean score", "fraction true"), rows));
        return b.toString();
    }

    private static String image(String file, String alt) {
        return "<p><img src=\"" + Html.escape(file) + "\" alt=\"" + Html.escape(alt) + "\" width=\"" + Charts.WIDTH
                + "\" height=\"" + Charts.HEIGHT + "\"></p>\n";
    }

    private static List<List<?>> zip(List<String> a, List<Long> b) {
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            rows.add(List.of(a.get(i), b.get(i)));
        }
        return rows;
    }

    private static final String CSS = """
            body { font-family: sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }
            h1, h2, h3 { font-weight: 600; }
            table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.9em; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f2f2f2; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            img { max-width: 100%; height: auto; }
            """;
}
