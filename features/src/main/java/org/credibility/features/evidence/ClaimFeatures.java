package org.credibility.features.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The credibility model's features, in one place: their names, their order in the model's
 * feature vector, and how each is computed from a claim's evidence. The claim features stage
 * writes them as columns, the model assembles them into its vector and the explanation reads
 * the model's weights by their names: all from here.
 */
public final class ClaimFeatures {
    /** How a feature counts: its column's type in the claim features table. */
    public enum Kind {
        /** a whole number (a column of integers) */
        COUNT,
        /** 1 or 0 (a column of booleans) */
        FLAG,
        /** a share in [0, 1] (a column of doubles) */
        SHARE
    }

    /** One feature the evidence of a claim gives. */
    public record Feature(String name, Kind kind, ToDoubleFunction<ClaimEvidence> value) {
        /** The feature's value as its column holds it: an int, a boolean or a double. */
        public Object column(double v) {
            return switch (kind) {
                case COUNT -> (int) v;
                case FLAG -> v > 0;
                case SHARE -> v;
            };
        }
    }

    /** The features that the evidence alone gives, in the vector's order. */
    public static final List<Feature> EVIDENCE = List.of(
            new Feature("corroborating_outlets", Kind.COUNT, e -> e.corroborators().size()),
            new Feature("independent_sources", Kind.COUNT, ClaimEvidence::independentSources),
            new Feature("denying_outlets", Kind.COUNT, e -> e.deniedIn().size()),
            new Feature("denied", Kind.FLAG, e -> flag(!e.deniedIn().isEmpty())),
            new Feature("hedging_outlets", Kind.COUNT, e -> e.hedgedIn().size()),
            new Feature("hedged", Kind.FLAG, e -> flag(!e.hedgeCues().isEmpty())),
            new Feature("attributed", Kind.FLAG, e -> flag(e.source() != null)),
            new Feature("conflicting_numbers", Kind.FLAG, e -> flag(!e.numberConflicts().isEmpty())),
            new Feature("agree_share", Kind.SHARE, e -> e.reports().share(e.reports().agreeing())),
            new Feature("deny_share", Kind.SHARE, e -> e.reports().share(e.reports().denying())),
            new Feature("discuss_share", Kind.SHARE, e -> e.reports().share(e.reports().discussing())));

    /** The feature of the asserting outlets' track record ({@link OutletRecords#of}), a column of the scores too. */
    public static final String OUTLET_RECORD = "outlet_record";

    /** The credibility model's features, in the order of its feature vector: the evidence's, then the outlets' record. */
    public static final List<String> NAMES = names();

    private ClaimFeatures() {
    }

    /** The values of {@link #EVIDENCE} for a claim's evidence, in order. */
    public static double[] evidence(ClaimEvidence e) {
        double[] values = new double[EVIDENCE.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = EVIDENCE.get(i).value().applyAsDouble(e);
        }
        return values;
    }

    /** The model's feature vector ({@link #NAMES}) of a claim: its evidence's features and its outlets' record. */
    public static double[] vector(ClaimEvidence e, double outletRecord) {
        double[] evidence = evidence(e);
        double[] x = Arrays.copyOf(evidence, evidence.length + 1);
        x[evidence.length] = outletRecord;
        return x;
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(EVIDENCE.stream().map(Feature::name).toList());
        names.add(OUTLET_RECORD);
        return List.copyOf(names);
    }

    private static double flag(boolean value) {
        return value ? 1.0 : 0.0;
    }
}
