package org.credibility.features.stance;

import java.util.List;

/**
 * An article's stance toward a claim, with what it rests on.
 *
 * @param stance          the stance
 * @param probability     a heuristic confidence in (0, 1), see {@link CueStanceJudge}; not calibrated
 * @param matchedSentence index of the sentence the stance rests on (the denial for DISAGREE, the
 *                        best-matching sentence otherwise; for UNRELATED the closest one); -1 when
 *                        no sentence shares a term with the claim
 * @param similarity      that sentence's term overlap with the claim (0..1), or the best overlap
 *                        found when unrelated
 * @param denier          canonical source of the denial (DISAGREE only), may be null
 * @param hedgeCues       hedge cues of the matched sentences
 * @param denialCues      denial cues of the denying sentence (DISAGREE only)
 * @param relation        what the article does with the claim, as a fact-checker reads it
 * @param primarySource   the source the evidence sentence names (for a dispute, the denier), or null
 */
public record StanceJudgement(Stance stance, double probability, int matchedSentence, double similarity,
                              String denier, List<String> hedgeCues, List<String> denialCues, Relation relation,
                              String primarySource) {
    public StanceJudgement {
        hedgeCues = hedgeCues == null ? List.of() : List.copyOf(hedgeCues);
        denialCues = denialCues == null ? List.of() : List.copyOf(denialCues);
    }
}
