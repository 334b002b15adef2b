package org.credibility.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cue-based stance heuristic (a trained model replaces it later).
 *
 * <p><b>Similarity</b> of a sentence to the claim is the share of the claim's terms
 * ({@link TermNormalizer}) that the sentence contains, |C ∩ S| / |C|: how much of the claim the
 * sentence talks about, whatever else it says. <b>Passage similarity</b> is the same over a
 * sentence and the next one together: reports spread one fact over two sentences ("Russia and
 * Turkey carried out joint airstrikes …" / "The airstrikes were conducted in … al-Bab").
 *
 * <p><b>Decision</b>, over the article's sentences:
 * <ol>
 *   <li>best passage similarity below {@value #RELATED} → UNRELATED;</li>
 *   <li>a sentence with denial cues that is about the claim — similarity at least
 *       {@value #RELATED}, or at least {@value #NEAR} in a passage about it (another sentence
 *       of similarity at least {@value #NEAR} within {@value #WINDOW} sentences) — → DISAGREE,
 *       the denier being that sentence's source. Skipped when the
 *       claim itself is a denial ("The Pentagon denied …"): then a denial in the article agrees;</li>
 *   <li>a related sentence (its passage similarity at least {@value #RELATED}) that asserts
 *       without hedging → AGREE, matched to the most similar such sentence: an article that
 *       states the fact plainly once agrees, even if it also calls it "alleged" elsewhere;</li>
 *   <li>otherwise (every related sentence hedged) → DISCUSS.</li>
 * </ol>
 *
 * <p><b>Probability</b> is a heuristic confidence, not a calibrated probability: 0.5 + 0.45 × a
 * strength in [0, 1] — for UNRELATED how far the best similarity stays below the threshold; for
 * AGREE how far it rises above; for DISCUSS and DISAGREE the mean of the sentence's relatedness
 * and its cue count (two cues or more counting fully).
 *
 * <p>Stateless and thread-safe.
 */
public final class CueStanceJudge {

    static final double RELATED = 0.4;
    static final double NEAR = 0.25;
    static final int WINDOW = 2;
    private static final double FULL_CUES = 2.0;

    private static final CueStanceJudge STANDARD = new CueStanceJudge();

    private final TermNormalizer normalizer = TermNormalizer.standard();

    private CueStanceJudge() {}

    public static CueStanceJudge standard() {
        return STANDARD;
    }

    public StanceJudgement judge(String claimText, List<SentenceAnalysis> articleSentences) {
        return judge(StanceFeatures.standard().claim(claimText), articleSentences, sentenceTerms(articleSentences));
    }

    /** The distinct terms of each sentence, as {@link #judge(StanceFeatures.ClaimSide, List, List)} takes them. */
    public List<Set<String>> sentenceTerms(List<SentenceAnalysis> articleSentences) {
        List<Set<String>> terms = new ArrayList<>(articleSentences == null ? 0 : articleSentences.size());
        for (SentenceAnalysis sentence : articleSentences == null ? List.<SentenceAnalysis>of() : articleSentences) {
            terms.add(new HashSet<>(normalizer.terms(sentence.text())));
        }
        return terms;
    }

    /**
     * The same, given the claim's side ({@link StanceFeatures#claim}: its terms, and whether it is
     * itself a denial) and the sentences' terms ({@link #sentenceTerms}): a claim is judged against
     * many articles and an article against many claims, so each side is analysed once, not once
     * per pair.
     */
    public StanceJudgement judge(StanceFeatures.ClaimSide claimSide, List<SentenceAnalysis> articleSentences,
                                 List<Set<String>> terms) {
        Set<String> claim = new HashSet<>(claimSide.terms());
        List<SentenceAnalysis> sentences = articleSentences == null ? List.of() : articleSentences;
        if (claim.isEmpty() || sentences.isEmpty()) {
            return unrelated(0.0);
        }
        double[] similarity = new double[sentences.size()];
        double[] passage = new double[sentences.size()];
        double bestPassage = 0;
        for (int i = 0; i < similarity.length; i++) {
            Set<String> next = i + 1 < similarity.length ? terms.get(i + 1) : Set.of();
            int inSentence = 0;
            int inPassage = 0;
            for (String term : claim) {
                if (terms.get(i).contains(term)) {
                    inSentence++;
                    inPassage++;
                } else if (next.contains(term)) {
                    inPassage++;
                }
            }
            similarity[i] = inSentence / (double) claim.size();
            passage[i] = inPassage / (double) claim.size();
            bestPassage = Math.max(bestPassage, passage[i]);
        }
        if (bestPassage < RELATED) {
            return unrelated(bestPassage);
        }
        if (claimSide.denialCues() == 0) {
            int denial = denyingSentence(sentences, similarity);
            if (denial >= 0) {
                SentenceAnalysis s = sentences.get(denial);
                double strength = mean(Math.min(1, similarity[denial] / RELATED), cueStrength(s.denialCues()));
                return new StanceJudgement(Stance.DISAGREE, confidence(strength), denial, similarity[denial],
                        s.source(), s.hedgeCues(), s.denialCues());
            }
        }
        int asserting = -1;
        int hedged = -1;
        Set<String> hedges = new LinkedHashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (passage[i] < RELATED) {
                continue;
            }
            List<String> cues = sentences.get(i).hedgeCues();
            if (cues.isEmpty()) {
                asserting = asserting < 0 || similarity[i] > similarity[asserting] ? i : asserting;
            } else {
                hedged = hedged < 0 || similarity[i] > similarity[hedged] ? i : hedged;
                hedges.addAll(cues);
            }
        }
        if (asserting >= 0) {
            return new StanceJudgement(Stance.AGREE, confidence(relatedness(passage[asserting])), asserting,
                    similarity[asserting], null, List.of(), List.of());
        }
        List<String> cues = List.copyOf(hedges);
        double strength = mean(relatedness(passage[hedged]), cueStrength(cues));
        return new StanceJudgement(Stance.DISCUSS, confidence(strength), hedged, similarity[hedged], null, cues,
                List.of());
    }

    /** The most claim-like sentence with denial cues that is about the claim, or -1. */
    private static int denyingSentence(List<SentenceAnalysis> sentences, double[] similarity) {
        int found = -1;
        for (int i = 0; i < sentences.size(); i++) {
            boolean aboutClaim = similarity[i] >= RELATED || (similarity[i] >= NEAR && inPassageAboutClaim(similarity, i));
            if (!sentences.get(i).denialCues().isEmpty() && aboutClaim && (found < 0 || similarity[i] > similarity[found])) {
                found = i;
            }
        }
        return found;
    }

    private static boolean inPassageAboutClaim(double[] similarity, int i) {
        for (int j = Math.max(0, i - WINDOW); j <= Math.min(similarity.length - 1, i + WINDOW); j++) {
            if (j != i && similarity[j] >= NEAR) {
                return true;
            }
        }
        return false;
    }

    private static StanceJudgement unrelated(double best) {
        return new StanceJudgement(Stance.UNRELATED, confidence(1 - best / RELATED), -1, best, null, List.of(), List.of());
    }

    /** 0 at the relatedness threshold, 1 when the sentence covers the whole claim. */
    private static double relatedness(double similarity) {
        return (similarity - RELATED) / (1 - RELATED);
    }

    private static double cueStrength(List<String> cues) {
        return Math.min(1, cues.size() / FULL_CUES);
    }

    private static double mean(double a, double b) {
        return (a + b) / 2;
    }

    private static double confidence(double strength) {
        return 0.5 + 0.45 * Math.max(0, Math.min(1, strength));
    }
}
