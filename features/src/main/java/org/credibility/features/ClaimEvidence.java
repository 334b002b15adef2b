package org.credibility.features;

import java.util.List;

/**
 * What the pipeline found about one claim, in the words an explanation needs. The model's
 * numeric features are counts and flags over these lists (see {@link Explanation#FEATURES}).
 */
public record ClaimEvidence(List<String> corroborators, int independentSources, List<String> deniedIn,
                            List<String> deniers, List<String> hedgedIn, List<String> hedgeCues, String source,
                            List<String> numberConflicts) {
}
