package org.credibility.features;

import java.util.List;

/**
 * What the pipeline found about one claim, in the words an explanation needs. The model's
 * numeric features are counts and flags over these lists (see {@link Explanation#FEATURES}).
 */
public record ClaimEvidence(List<String> corroborators, int independentSources, List<String> deniedIn,
                            List<String> deniers, List<String> hedgedIn, List<String> hedgeCues, String source,
                            List<String> numberConflicts) {

    /** The credibility model's feature vector, in the order of {@link Explanation#FEATURES}. */
    public double[] features() {
        return new double[] {corroborators.size(), independentSources, deniedIn.size(), flag(!deniedIn.isEmpty()),
            hedgedIn.size(), flag(!hedgeCues.isEmpty()), flag(source != null), flag(!numberConflicts.isEmpty())};
    }

    private static double flag(boolean value) {
        return value ? 1.0 : 0.0;
    }
}
