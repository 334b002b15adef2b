package org.credibility.features.evidence;

/**
 * A claim's credibility (the model's P(true)) as a fact-check rating: a whole percentage on a
 * scale from {@link #WORST} to {@link #BEST}, and a words label read off that number, so that the
 * published number and its words never disagree (Google's fact-check guidelines ask for a
 * number-to-words system for numeric ratings): 0-32 "Likely false", 33-66 "Unproven", 67-100
 * "Likely true". The thirds keep the words from claiming more than the model does: no
 * "False" or "True", which only a person's check can say.
 */
public record CredibilityRating(int value, String label) {
    public static final int WORST = 0;
    public static final int BEST = 100;
    /** The lowest value labelled "Unproven". */
    public static final int UNPROVEN_FROM = 33;
    /** The lowest value labelled "Likely true". */
    public static final int LIKELY_TRUE_FROM = 67;

    public static CredibilityRating of(double credibility) {
        int value = (int) Math.round(Math.max(0, Math.min(1, credibility)) * BEST);
        return new CredibilityRating(value, label(value));
    }

    /** The words for a value of the scale. */
    public static String label(int value) {
        if (value < WORST || value > BEST) {
            throw new IllegalArgumentException("a rating is from " + WORST + " to " + BEST + ", not " + value);
        }
        return value >= LIKELY_TRUE_FROM ? "Likely true" : value >= UNPROVEN_FROM ? "Unproven" : "Likely false";
    }
}
