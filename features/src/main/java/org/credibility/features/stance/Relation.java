package org.credibility.features.stance;

import java.util.Locale;

/**
 * What a reporting article does with a claim, as a fact-checker reads it: it reports the same
 * fact — asserting it in its own voice, attributing it to a named source, or hedging it
 * ("reportedly", "unconfirmed") —, disputes it (a denial aimed at it, or a conflicting figure for
 * the same event), or does not address it. Corroboration, independent sources, hedging and
 * denial are counted from this, not from FNC-1's stance labels: a plain attribution ("the Turkish
 * Armed Forces said") is FNC-1's "discuss", but to a fact-checker it is a named primary source
 * corroborating the claim.
 */
public enum Relation {
    ASSERTED, ATTRIBUTED, HEDGED, DISPUTED, NOT_ADDRESSED;

    /** The relation as written in the output: "asserted", …, "not_addressed". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the article reports the claim's fact, in whatever voice. */
    public boolean reports() {
        return this == ASSERTED || this == ATTRIBUTED || this == HEDGED;
    }

    /**
     * The relation a person's stance label stands for, where the data has labels rather than
     * evidence: agree asserts (attributes, when the report names a source), discuss hedges,
     * disagree disputes.
     */
    public static Relation ofStance(Stance stance, boolean namesSource) {
        return switch (stance) {
            case AGREE -> namesSource ? ATTRIBUTED : ASSERTED;
            case DISCUSS -> HEDGED;
            case DISAGREE -> DISPUTED;
            case UNRELATED -> NOT_ADDRESSED;
        };
    }
}
