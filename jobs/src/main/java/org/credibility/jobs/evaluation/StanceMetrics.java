package org.credibility.jobs.evaluation;

import org.credibility.jobs.ml.StanceModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stance metrics over (gold, predicted) labels: the confusion matrix, the FNC-1 weighted score
 * (as the official scorer: +0.25 for the right related / unrelated call, +0.75 more for the right
 * class of a related pair) relative to the best possible, accuracy and macro-F1 over the four
 * classes. Plain Java.
 */
public final class StanceMetrics {
    public static final List<String> LABELS = StanceModel.STANCES;
    private final long[][] confusion = new long[LABELS.size()][LABELS.size()];

    public void add(String gold, String predicted) {
        confusion[index(gold)][index(predicted)]++;
    }

    private static int index(String label) {
        int i = LABELS.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("not a stance: " + label);
        }
        return i;
    }

    private static boolean related(int i) {
        return !LABELS.get(i).equals("unrelated");
    }

    public long count() {
        long n = 0;
        for (long[] row : confusion) {
            for (long c : row) {
                n += c;
            }
        }
        return n;
    }

    /** Pairs per gold label, in {@link #LABELS} order. */
    public Map<String, Long> goldCounts() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < LABELS.size(); i++) {
            long n = 0;
            for (long c : confusion[i]) {
                n += c;
            }
            m.put(LABELS.get(i), n);
        }
        return m;
    }

    /** The FNC-1 score divided by the best score possible on the same pairs. */
    public double fncScore() {
        double score = 0;
        double best = 0;
        for (int g = 0; g < LABELS.size(); g++) {
            for (int p = 0; p < LABELS.size(); p++) {
                long n = confusion[g][p];
                double s = 0;
                if (g == p) {
                    s += 0.25;
                    if (related(g)) {
                        s += 0.5;
                    }
                }
                if (related(g) && related(p)) {
                    s += 0.25;
                }
                score += n * s;
                best += n * (related(g) ? 1.0 : 0.25);
            }
        }
        return best == 0 ? 0 : score / best;
    }

    public double accuracy() {
        long right = 0;
        for (int i = 0; i < LABELS.size(); i++) {
            right += confusion[i][i];
        }
        return count() == 0 ? 0 : right / (double) count();
    }

    public double f1(int i) {
        long tp = confusion[i][i];
        long predicted = 0;
        long gold = 0;
        for (int j = 0; j < LABELS.size(); j++) {
            predicted += confusion[j][i];
            gold += confusion[i][j];
        }
        return tp == 0 ? 0 : 2.0 * tp / (predicted + gold);
    }

    public double macroF1() {
        return macroF1(LABELS);
    }

    /** The mean F1 of the given classes (a report's stance over agree / disagree / discuss, say). */
    public double macroF1(List<String> classes) {
        return classes.stream().mapToDouble(c -> f1(index(c))).average().orElse(Double.NaN);
    }

    /** The figures as a JSON-ready map (rounded to 4 places), with the confusion matrix by gold label. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pairs", count());
        m.put("fnc_score_relative", round(fncScore()));
        m.put("macro_f1", round(macroF1()));
        m.put("accuracy", round(accuracy()));
        Map<String, Object> f1 = new LinkedHashMap<>();
        Map<String, Object> matrix = new LinkedHashMap<>();
        for (int i = 0; i < LABELS.size(); i++) {
            f1.put(LABELS.get(i), round(f1(i)));
            Map<String, Long> row = new LinkedHashMap<>();
            for (int j = 0; j < LABELS.size(); j++) {
                row.put(LABELS.get(j), confusion[i][j]);
            }
            matrix.put(LABELS.get(i), row);
        }
        m.put("f1", f1);
        m.put("confusion_gold_by_predicted", matrix);
        return m;
    }

    /** A Markdown confusion matrix (rows gold, columns predicted). */
    public String markdownMatrix() {
        StringBuilder s = new StringBuilder("| gold \\ predicted | " + String.join(" | ", LABELS) + " | F1 |\n");
        s.append("| --- |").append(" ---: |".repeat(LABELS.size() + 1)).append('\n');
        for (int i = 0; i < LABELS.size(); i++) {
            s.append("| ").append(LABELS.get(i)).append(" |");
            for (int j = 0; j < LABELS.size(); j++) {
                s.append(' ').append(confusion[i][j]).append(" |");
            }
            s.append(String.format(" %.4f |%n", f1(i)));
        }
        return s.toString();
    }

    static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
