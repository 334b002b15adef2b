package org.credibility.features.evidence;

import java.util.List;

/**
 * What the pipeline found about one claim, in the words an explanation needs. The model's
 * numeric features are counts, shares and flags over these (see {@link ClaimFeatures}).
 *
 * @param reports    how many of the claim's reports (its mentions, from any outlet, its own
 *                   article included) report, dispute and hedge it ({@link org.credibility.features.stance.Relation}); reports that do
 *                   not address it are not counted
 * @param assertedBy the outlets that report it asserted or attributed, its own outlet included, whose track
 *                   records ({@link OutletRecords}) the model weighs
 */
public record ClaimEvidence(List<String> corroborators, int independentSources, List<String> deniedIn,
                            List<String> deniers, List<String> hedgedIn, List<String> hedgeCues, String source,
                            List<String> numberConflicts, Reports reports, List<String> assertedBy) {

    /**
     * Reports of a claim by {@link org.credibility.features.stance.Relation}: {@code agreeing} report its fact (asserted or
     * attributed), {@code denying} dispute it, {@code discussing} hedge it.
     */
    public record Reports(int agreeing, int denying, int discussing) {
        public static final Reports NONE = new Reports(0, 0, 0);

        public int total() {
            return agreeing + denying + discussing;
        }

        /** {@code n} as a share of all the reports; 0 when there are none. */
        double share(int n) {
            return total() == 0 ? 0.0 : n / (double) total();
        }
    }
}
