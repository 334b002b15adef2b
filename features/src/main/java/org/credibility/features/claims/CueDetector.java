package org.credibility.features.claims;

import org.credibility.features.text.Lexicon;
import org.credibility.features.text.PhraseMatcher;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the cues of one lexicon (hedges or denials) in a sentence. Cues are reported as listed in
 * the lexicon (lower-case canonical form), in order of appearance, each once. Thread-safe.
 */
public final class CueDetector {

    private static final CueDetector HEDGES = new CueDetector("hedge-cues");
    private static final CueDetector DENIALS = new CueDetector("denial-cues");

    private final PhraseMatcher matcher;

    private CueDetector(String lexicon) {
        this.matcher = new PhraseMatcher(Lexicon.lowerCaseEntries(lexicon));
    }

    /** Hedges: "reportedly", "alleged", "claim", "could be", … (hedge-cues.txt). */
    public static CueDetector hedges() {
        return HEDGES;
    }

    /** Denials: "denied", "refuted", "not true", "no ... coordination", … (denial-cues.txt). */
    public static CueDetector denials() {
        return DENIALS;
    }

    public List<String> find(String sentence) {
        Set<String> cues = new LinkedHashSet<>();
        for (PhraseMatcher.Match match : matcher.findAll(sentence)) {
            cues.add(match.phrase());
        }
        return List.copyOf(cues);
    }
}
