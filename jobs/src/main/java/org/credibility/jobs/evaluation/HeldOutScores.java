package org.credibility.jobs.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Credibility scores of held-out claims with their labels (true / false / unverified) and folds:
 * ROC-AUC of true against false (pooled, and per fold), accuracy at 0.5, Brier score, and where
 * each label's scores lie. Plain Java: a data set's claims fit on the driver.
 */
public final class HeldOutScores {
    public static final double THRESHOLD = 0.5;

    /** One held-out claim. */
    public record Scored(String claimId, int fold, String verdict, double score) {
    }

    private final List<Scored> scores;

    public HeldOutScores(List<Scored> scores) {
        this.scores = List.copyOf(scores);
    }

    /**
     * ROC-AUC of true against false: the chance that a true claim scores above a false one, ties
     * counting half. NaN without claims of both labels.
     */
    public static double auc(List<Scored> scored) {
        List<Double> truths = of(scored, "true");
        List<Double> falsehoods = of(scored, "false");
        if (truths.isEmpty() || falsehoods.isEmpty()) {
            return Double.NaN;
        }
        double wins = 0;
        for (double t : truths) {
            for (double f : falsehoods) {
                wins += t > f ? 1 : t == f ? 0.5 : 0;
            }
        }
        return wins / ((double) truths.size() * falsehoods.size());
    }

    /** Mean squared difference between score and label (1 true, 0 false) over true and false claims. */
    public static double brier(List<Scored> scored) {
        return scored.stream().filter(s -> !s.verdict().equals("unverified"))
                .mapToDouble(s -> Math.pow(s.score() - (s.verdict().equals("true") ? 1 : 0), 2)).average().orElse(Double.NaN);
    }

    /** Share of true and false claims on the right side of {@link #THRESHOLD} (a score of 0.5 counts as true). */
    public static double accuracy(List<Scored> scored) {
        return scored.stream().filter(s -> !s.verdict().equals("unverified"))
                .mapToDouble(s -> (s.score() >= THRESHOLD) == s.verdict().equals("true") ? 1 : 0).average()
                .orElse(Double.NaN);
    }

    /** The figures as a JSON-ready map, rounded to 4 places. */
    public Map<String, Object> toMap() {
        Map<String, List<Scored>> byFold = new TreeMap<>();
        scores.forEach(s -> byFold.computeIfAbsent(String.valueOf(s.fold()), f -> new ArrayList<>()).add(s));
        List<Double> foldAucs = new ArrayList<>();
        byFold.values().forEach(f -> foldAucs.add(auc(f)));
        List<Double> defined = foldAucs.stream().filter(a -> !a.isNaN()).toList();
        double mean = defined.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double sd = Math.sqrt(defined.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum()
                / Math.max(1, defined.size() - 1));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("roc_auc_pooled", round(auc(scores)));
        m.put("roc_auc_per_fold", foldAucs.stream().map(HeldOutScores::round).toList());
        m.put("roc_auc_fold_mean", round(mean));
        m.put("roc_auc_fold_sd", round(sd));
        m.put("accuracy_at_0_5", round(accuracy(scores)));
        m.put("brier", round(brier(scores)));
        Map<String, Object> byVerdict = new LinkedHashMap<>();
        for (String verdict : List.of("true", "unverified", "false")) {
            List<Double> v = of(scores, verdict);
            byVerdict.put(verdict, Map.of("claims", v.size(), "mean_score", round(mean(v)),
                    "median_score", round(median(v))));
        }
        m.put("scores_by_label", byVerdict);
        return m;
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static List<Double> of(List<Scored> scored, String verdict) {
        return scored.stream().filter(s -> s.verdict().equals(verdict)).map(Scored::score).toList();
    }

    /** Rounded to 4 places; NaN (an undefined figure) stays NaN, which JSON writes as "NaN". */
    static double round(double x) {
        return Double.isNaN(x) ? x : Math.round(x * 10_000) / 10_000.0;
    }
}
