package org.credibility.features.claims;

import org.credibility.features.text.TermNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Comparing the quantities two texts give for the same thing. Stateless and thread-safe. */
public final class Quantities {

    private Quantities() {}

    /**
     * Disagreements between a claim's quantities and another text's: for each claim quantity
     * whose unit the other text also counts (units compared as {@link TermNormalizer} terms, so
     * "planes", "jets" and "aircraft" are one unit) but never with an equal value, one entry
     * "unit: claimValue vs otherValue" per other value, e.g. "targets: 22 vs 36". A value equals a
     * range that contains it ("80" and "70-100").
     */
    public static List<String> conflicts(List<Quantity> claim, List<Quantity> other) {
        Set<String> conflicts = new LinkedHashSet<>();
        if (claim == null || other == null) {
            return List.of();
        }
        for (Quantity q : claim) {
            List<Quantity> sameUnit = new ArrayList<>();
            for (Quantity o : other) {
                if (unitKey(o.unit()).equals(unitKey(q.unit()))) {
                    sameUnit.add(o);
                }
            }
            if (sameUnit.stream().noneMatch(o -> sameValue(q.value(), o.value()))) {
                sameUnit.forEach(o -> conflicts.add(q.unit() + ": " + q.value() + " vs " + o.value()));
            }
        }
        return List.copyOf(conflicts);
    }

    private static String unitKey(String unit) {
        List<String> terms = TermNormalizer.standard().terms(unit);
        return terms.isEmpty() ? String.valueOf(unit) : terms.get(terms.size() - 1);
    }

    private static boolean sameValue(String a, String b) {
        double[] x = range(a);
        double[] y = range(b);
        if (x == null || y == null) {
            return String.valueOf(a).equals(b);
        }
        return x[0] <= y[1] && y[0] <= x[1];
    }

    /** "70-100" → [70, 100], "22" → [22, 22]; null when not a number. */
    private static double[] range(String value) {
        if (value == null) {
            return null;
        }
        String[] ends = value.replace("%", "").split("-");
        try {
            double low = Double.parseDouble(ends[0]);
            double high = ends.length > 1 ? Double.parseDouble(ends[1]) : low;
            return new double[] {Math.min(low, high), Math.max(low, high)};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
