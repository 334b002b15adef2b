package org.credibility.features.stance;

import java.util.Locale;

/** An article's stance toward a claim: the FNC-1 label set. */
public enum Stance {
    AGREE, DISAGREE, DISCUSS, UNRELATED;

    /** The label as written in data and output: "agree", "disagree", "discuss", "unrelated". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
