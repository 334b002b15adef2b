package org.credibility.features.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.credibility.features.claims.SentenceAnalysis;
import org.credibility.features.text.TermNormalizer;
import org.credibility.features.text.TermWeights;

/**
 * A cue-based judge of an article's stance toward a claim and of its {@link Relation} to it, with
 * the sentence it rests on. The stance model, where there is one, gives the FNC-1 stance; the
 * relation and its evidence always come from here.
 *
 * <p><b>Similarity</b> of a sentence to the claim is the share of the claim's terms
 * ({@link TermNormalizer}) that the sentence contains, |C ∩ S| / |C|: how much of the claim the
 * sentence talks about, whatever else it says. The claim's terms are those of what it claims, not
 * of the source it names or of its dateline ({@link #contentTerms}). <b>Passage similarity</b> is
 * the same over a sentence and the next one together: reports spread one fact over two sentences
 * ("Russia and Turkey carried out joint airstrikes …" / "The airstrikes were conducted in …
 * al-Bab"). The <b>weighed</b> shares count each term by its inverse frequency in the run's
 * sentences ({@link #weighted}; all the same for {@link #standard}): the terms of a crawl's topic
 * weigh little, those that make the claim's point weigh much.
 *
 * <p><b>Decision</b>, over the article's sentences:
 * <ol>
 *   <li>best passage similarity below {@value #RELATED} → UNRELATED (the claim is not addressed);</li>
 *   <li>a denial aimed at the claim ({@link #denyingSentence}: what it denies is in the claim, and it
 *       answers the claim in its own article or comes from a party the claim names) → DISAGREE,
 *       the claim disputed, the denier being that sentence's source. Skipped when the claim itself
 *       is a denial ("The Pentagon denied …"): then a denial in the article agrees. In another
 *       outlet's article a lead that debunks the story ({@link #debunkingLead}) disputes it too,
 *       and so does a sentence that states the claim negated ({@link #contradictingSentence});</li>
 *   <li>a related sentence (its passage similarity at least {@value #RELATED}) that asserts
 *       without hedging → AGREE, matched to the weightiest such sentence: an article that
 *       states the fact plainly once agrees, even if it also calls it "alleged" elsewhere. The
 *       claim is attributed when that sentence names its source, else asserted. A sentence that
 *       denies something else asserts nothing, unless its speaker concedes the claim's part
 *       ("… but confirmed providing the info"), and a sentence that does not share the claim's
 *       polarity (one negates, the other does not) asserts nothing of it. In the claim's own
 *       article the claim's sentence itself is the evidence ({@link #asStated});</li>
 *   <li>otherwise (every related sentence hedged) → DISCUSS, the claim hedged.</li>
 * </ol>
 * The stance needs a related sentence; the relation "reports it" (asserted, attributed, hedged)
 * needs more: {@value #REPORTED_WEIGHT} of the claim's weight in the matched sentence with the
 * one before or after it, else the claim is not addressed, its story only. The matched sentence is
 * the one holding most of the claim's weight: the report itself, not the line introducing it.
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
    /**
     * The share of the claim's terms from which a sentence states the claim, for a denial of "it"
     * after it and for a negated restatement: in one story's reports the shared actors ("Russian
     * Defense Ministry", "ISIS") alone make up 0.3-0.4 of a claim's terms.
     */
    static final double REPORTS = 0.5;
    /**
     * The share of the claim's term weight ({@link #weighted}) that a related sentence, with the
     * sentence before or after it, must hold to report the claim: less and it reports the story, not
     * the claim. On the article benchmark (BENCHMARKS.md) the judged reports' "reports it" against
     * the answer key is precision 0.871 at recall 0.786 at 0.45; 0.5: 0.872 / 0.703; 0.4: 0.823 /
     * 0.854; the terms' plain share at {@value #REPORTS}: 0.805 / 0.749.
     */
    static final double REPORTED_WEIGHT = 0.45;
    static final double NEAR = 0.25;
    static final int WINDOW = 2;
    /** The lead: the sentences a news report opens on, where a debunking report says so. */
    static final int LEAD = 3;
    /** How many of a claim's terms a denial must name to deny the claim's own statement. */
    static final int RESTATED_TERMS = 2;
    static final int MIN_CONTENT_TERMS = 2;
    private static final double FULL_CUES = 2.0;

    private static final CueStanceJudge STANDARD = new CueStanceJudge(TermWeights.none());

    private final TermNormalizer normalizer = TermNormalizer.standard();
    private final StanceFeatures features = StanceFeatures.standard();
    private final TermWeights weights;

    private CueStanceJudge(TermWeights weights) {
        this.weights = weights;
    }

    /** Every claim term weighs the same. */
    public static CueStanceJudge standard() {
        return STANDARD;
    }

    /**
     * Claim terms weighted by their inverse frequency in the run's sentences: a passage that holds
     * only the terms every report of the story holds (the war's "Russia", "ISIS", "airstrikes")
     * covers little of a claim whose point is elsewhere ("… as well as Syrian rebels").
     */
    public static CueStanceJudge weighted(TermWeights weights) {
        return new CueStanceJudge(weights);
    }

    public StanceJudgement judge(String claimText, List<SentenceAnalysis> articleSentences) {
        return judge(StanceFeatures.standard().claim(claimText), articleSentences, sentenceTerms(articleSentences),
                NOT_IN_ARTICLE);
    }

    /** The claim's sentence index for {@link #judge}, when the article judged is not the claim's own. */
    public static final int NOT_IN_ARTICLE = -1;

    /** The distinct terms of each sentence, as {@link #judge(StanceFeatures.ClaimSide, List, List, int)} takes them. */
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
     * per pair. {@code claimSentence}: where the claim stands in this article when it is the
     * claim's own, else {@link #NOT_IN_ARTICLE}.
     */
    public StanceJudgement judge(StanceFeatures.ClaimSide claimSide, List<SentenceAnalysis> articleSentences,
                                 List<Set<String>> terms, int claimSentence) {
        Set<String> claim = contentTerms(claimSide);
        List<SentenceAnalysis> sentences = articleSentences == null ? List.of() : articleSentences;
        if (claim.isEmpty() || sentences.isEmpty()) {
            return unrelated(-1, 0.0);
        }
        // The claim's terms and their weights side by side: this loop runs for every linked pair.
        String[] claimTerms = claim.toArray(String[]::new);
        double[] weight = new double[claimTerms.length];
        double total = 0;
        for (int t = 0; t < claimTerms.length; t++) {
            weight[t] = weights.idf(claimTerms[t]);
            total += weight[t];
        }
        double[] similarity = new double[sentences.size()];
        double[] passage = new double[sentences.size()];
        double[] weighed = new double[sentences.size()];
        double[] weighedPassage = new double[sentences.size()];
        int best = 0;
        int closest = 0;
        for (int i = 0; i < similarity.length; i++) {
            Set<String> next = i + 1 < similarity.length ? terms.get(i + 1) : Set.of();
            int inSentence = 0;
            int inPassage = 0;
            double heldInSentence = 0;
            double heldInPassage = 0;
            for (int t = 0; t < claimTerms.length; t++) {
                if (terms.get(i).contains(claimTerms[t])) {
                    inSentence++;
                    heldInSentence += weight[t];
                } else if (!next.contains(claimTerms[t])) {
                    continue;
                }
                inPassage++;
                heldInPassage += weight[t];
            }
            similarity[i] = inSentence / (double) claim.size();
            passage[i] = inPassage / (double) claim.size();
            weighed[i] = heldInSentence / total;
            weighedPassage[i] = heldInPassage / total;
            best = passage[i] > passage[best] ? i : best;
            closest = similarity[i] > similarity[closest] ? i : closest;
        }
        if (passage[best] < RELATED) {
            return unrelated(similarity[closest] > 0 ? closest : passage[best] > 0 ? best : -1, passage[best]);
        }
        DenialScope[] scopes = new DenialScope[sentences.size()];
        for (int i = 0; i < scopes.length; i++) {
            scopes[i] = sentences.get(i).denialCues().isEmpty() ? DenialScope.NONE : DenialScope.of(sentences.get(i).text());
        }
        if (claimSide.denialCues() == 0) {
            int denial = denyingSentence(sentences, similarity, scopes, claim, claimSentence);
            if (denial < 0 && claimSentence == NOT_IN_ARTICLE) {
                denial = debunkingLead(sentences, similarity, scopes, claim);
                if (denial < 0 && claimSide.negations() == 0) {
                    denial = contradictingSentence(sentences, similarity, claim);
                }
            }
            if (denial >= 0) {
                SentenceAnalysis s = sentences.get(denial);
                double strength = mean(Math.min(1, similarity[denial] / RELATED), cueStrength(s.denialCues()));
                return new StanceJudgement(Stance.DISAGREE, confidence(strength), denial, similarity[denial],
                        s.denier(), s.hedgeCues(), s.denialCues(), Relation.DISPUTED, s.denier());
            }
        }
        if (claimSentence >= 0 && claimSentence < sentences.size()) {
            return asStated(sentences.get(claimSentence), similarity[claimSentence], claimSentence);
        }
        int asserting = -1;
        int hedged = -1;
        Set<String> hedges = new LinkedHashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            // A sentence that denies something else asserts nothing of the claim, unless its
            // speaker concedes the claim's part ("… but confirmed providing the info").
            boolean deniesOther = scopes[i] != DenialScope.NONE && !scopes[i].concedes(claim);
            // "No official comment by the ministry" is not reported by a sentence quoting the ministry.
            boolean samePolarity = (claimSide.negations() > 0) == (features.negations(sentences.get(i).text()) > 0);
            if (passage[i] < RELATED || deniesOther && claimSide.denialCues() == 0 || !samePolarity) {
                continue;
            }
            List<String> cues = sentences.get(i).hedgeCues();
            if (cues.isEmpty()) {
                asserting = asserting < 0 || closer(i, asserting, weighed, similarity) ? i : asserting;
            } else {
                hedged = hedged < 0 || closer(i, hedged, weighed, similarity) ? i : hedged;
                hedges.addAll(cues);
            }
        }
        if (asserting >= 0) {
            String source = sentences.get(asserting).source();
            Relation relation = reportedAround(weighedPassage, asserting) < REPORTED_WEIGHT ? Relation.NOT_ADDRESSED
                    : source == null ? Relation.ASSERTED : Relation.ATTRIBUTED;
            return new StanceJudgement(Stance.AGREE, confidence(relatedness(passage[asserting])), asserting,
                    similarity[asserting], null, List.of(), List.of(), relation, source);
        }
        if (hedged < 0) {
            // every related sentence denies something other than the claim
            return unrelated(best, passage[best]);
        }
        List<String> cues = List.copyOf(hedges);
        double strength = mean(relatedness(passage[hedged]), cueStrength(cues));
        return new StanceJudgement(Stance.DISCUSS, confidence(strength), hedged, similarity[hedged], null, cues,
                List.of(), reportedAround(weighedPassage, hedged) < REPORTED_WEIGHT ? Relation.NOT_ADDRESSED : Relation.HEDGED,
                sentences.get(hedged).source());
    }

    /**
     * What the claim says, not who says it: its terms without those only its source's name holds
     * ({@link StanceFeatures.ClaimSide#sourceTerms}), so that an article quoting the same ministry
     * on another matter does not report the claim; all its terms when fewer than
     * {@value #MIN_CONTENT_TERMS} would remain.
     */
    private static Set<String> contentTerms(StanceFeatures.ClaimSide claimSide) {
        Set<String> content = new HashSet<>(claimSide.terms());
        content.removeAll(claimSide.sourceTerms());
        return content.size() >= MIN_CONTENT_TERMS ? content : new HashSet<>(claimSide.terms());
    }

    /**
     * The claim's own article reports the claim as its own sentence states it: hedged by its
     * hedges ("This could be the first T-90 …"), else attributed to the source it names, else
     * asserted — not as some other, plainer sentence of the article about the same story does.
     */
    private static StanceJudgement asStated(SentenceAnalysis stated, double similarity, int index) {
        if (!stated.hedgeCues().isEmpty()) {
            return new StanceJudgement(Stance.DISCUSS, confidence(mean(1, cueStrength(stated.hedgeCues()))), index,
                    similarity, null, stated.hedgeCues(), List.of(), Relation.HEDGED, stated.source());
        }
        return new StanceJudgement(Stance.AGREE, confidence(1), index, similarity, null, List.of(), List.of(),
                stated.source() == null ? Relation.ASSERTED : Relation.ATTRIBUTED, stated.source());
    }

    /**
     * The most claim-like sentence whose denial is aimed at the claim, or -1. A denial is aimed
     * at a claim when what it denies ({@link DenialScope}) is in the claim and either
     * <ul>
     *   <li>it answers the claim in the claim's own article, within {@value #WINDOW} sentences
     *       after it (a denial of "it" answers whatever it follows), or</li>
     *   <li>in another outlet's article, it names nothing it denies ("These claims are completely
     *       false," the agent said) and follows within {@value #WINDOW} sentences one that states
     *       the claim ({@value #REPORTS} of its terms), or</li>
     *   <li>it is about the claim (similarity at least {@value #RELATED}, or {@value #NEAR} in a
     *       passage about it) and either its speaker is a party the claim names ("the US-led
     *       coalition denied the reports about the joint operation" disputes "two coalition jets
     *       took part", not Russia's and Turkey's joint strikes), or it denies the claim's own
     *       statement: at least {@value #RESTATED_TERMS} of the claim's terms, and half of what it
     *       denies ("the ministry denied that Sulvinrek expelled 40 diplomats").</li>
     * </ul>
     */
    private int denyingSentence(List<SentenceAnalysis> sentences, double[] similarity, DenialScope[] scopes,
                                Set<String> claim, int claimSentence) {
        int found = -1;
        for (int i = 0; i < sentences.size(); i++) {
            DenialScope scope = scopes[i];
            boolean follows = claimSentence != NOT_IN_ARTICLE && i > claimSentence && i - claimSentence <= WINDOW;
            boolean answersClaim = follows && (scope.anaphoric() || scope.denies(claim))
                    || scope.anaphoric() && claimSentence == NOT_IN_ARTICLE && followsReport(similarity, i);
            boolean aboutClaim = similarity[i] >= RELATED || (similarity[i] >= NEAR && inPassageAboutClaim(similarity, i));
            String denier = sentences.get(i).denier();
            boolean byParty = aboutClaim && scope.denies(claim) && denier != null
                    && normalizer.terms(denier).stream().anyMatch(claim::contains);
            long restated = scope.focus().stream().filter(claim::contains).count();
            boolean restatesClaim = aboutClaim && restated >= RESTATED_TERMS && 2 * restated >= scope.focus().size();
            if ((answersClaim || byParty || restatesClaim) && (found < 0 || similarity[i] > similarity[found])) {
                found = i;
            }
        }
        return found;
    }

    /** True when one of the {@value #WINDOW} sentences before sentence {@code i} states the claim ({@value #REPORTS} of its terms). */
    private static boolean followsReport(double[] similarity, int i) {
        for (int j = Math.max(0, i - WINDOW); j < i; j++) {
            if (similarity[j] >= REPORTS) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence that states the claim negated, or -1: "Tiger Woods is not serving a suspension
     * from the PGA Tour for failing a drug test, his agent and a Tour official emphatically
     * stated" disputes "Tiger Woods is serving a suspension from the PGA Tour after failing a
     * drug test". It holds {@value #REPORTS} of the claim's terms in itself, negates one of them
     * ({@link DenialScope#negates}: not "who asked not to be named"), and neither hedges nor asks.
     */
    private static int contradictingSentence(List<SentenceAnalysis> sentences, double[] similarity, Set<String> claim) {
        int found = -1;
        for (int i = 0; i < sentences.size(); i++) {
            SentenceAnalysis s = sentences.get(i);
            if (similarity[i] >= REPORTS && s.hedgeCues().isEmpty() && !s.text().contains("?")
                    && DenialScope.negates(s.text(), claim) && (found < 0 || similarity[i] > similarity[found])) {
                found = i;
            }
        }
        return found;
    }

    /**
     * A sentence of the article's lead (its first {@value #LEAD}) that calls the story it is
     * about false (debunk-cues.txt: "hoax", "fake", "isn't real"; not a party's denial of one
     * point, which {@link #denyingSentence} weighs), or -1: a report that opens on "… is again the subject of death hoaxes" or
     * "An article saying McDonald's is removing the Big Mac isn't real" disputes the claim it
     * goes on to discuss. The sentence must be about the claim ({@value #NEAR} of its terms) and
     * not concede it. Used for other outlets' articles only: in the claim's own article the
     * denials aimed at the claim are found by {@link #denyingSentence}.
     */
    private static int debunkingLead(List<SentenceAnalysis> sentences, double[] similarity, DenialScope[] scopes,
                                     Set<String> claim) {
        for (int i = 0; i < Math.min(LEAD, sentences.size()); i++) {
            if (similarity[i] >= NEAR && debunksClaim(sentences.get(i).text(), claim) && !scopes[i].concedes(claim)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A stance model's reading that another outlet's article disputes the claim, where the cues
     * found it reporting the claim, made a judgement a reader can check: DISPUTED, resting on the
     * article's sentence about the claim (at least {@value #NEAR} of its terms) whose denial or
     * debunking word is aimed at the claim (it names something the claim names, or nothing: "…
     * denied it") and does not concede it, its speaker the denier; "First Look Media denied that
     * the launch of his magazine was ever scheduled" disputes nothing of "Matt Taibbi has left
     * First Look Media". Without
     * such a sentence {@code cued} stands: a reading with no sentence to show is no evidence.
     */
    public StanceJudgement disputedByModel(StanceJudgement cued, StanceFeatures.ClaimSide claimSide,
                                           List<SentenceAnalysis> sentences, List<Set<String>> terms,
                                           double probability) {
        if (!cued.relation().reports() || claimSide.denialCues() > 0) {
            return cued;
        }
        Set<String> claim = contentTerms(claimSide);
        int found = -1;
        double best = NEAR;
        for (int i = 0; i < sentences.size(); i++) {
            SentenceAnalysis sentence = sentences.get(i);
            DenialScope denial = sentence.denialCues().isEmpty() ? DenialScope.NONE : DenialScope.of(sentence.text());
            if (!aimedAt(denial, claim) && !debunksClaim(sentence.text(), claim)) {
                continue;
            }
            long shared = claim.stream().filter(terms.get(i)::contains).count();
            double similarity = shared / (double) claim.size();
            if (similarity >= best && !denial.concedes(claim)) {
                found = i;
                best = similarity;
            }
        }
        if (found < 0) {
            return cued;
        }
        SentenceAnalysis s = sentences.get(found);
        return new StanceJudgement(Stance.DISAGREE, probability, found, best, s.denier(), s.hedgeCues(),
                s.denialCues(), Relation.DISPUTED, s.denier());
    }

    /**
     * True when a debunking word of the sentence is aimed at the claim: it calls false something
     * the claim names, or what the article said before it ("the story is fake"); "fake Apple
     * ads" or "a satirical website" debunk nothing of "The iPhone 6 pulls out facial hair".
     */
    private static boolean debunksClaim(String sentence, Set<String> claim) {
        return DenialScope.debunked(sentence).stream().anyMatch(d -> aimedAt(d, claim));
    }

    /** A denial names something the claim names, or nothing (what the article said before it). */
    private static boolean aimedAt(DenialScope denial, Set<String> claim) {
        return denial != DenialScope.NONE && (denial.anaphoric() || denial.denies(claim));
    }

    private static boolean inPassageAboutClaim(double[] similarity, int i) {
        for (int j = Math.max(0, i - WINDOW); j <= Math.min(similarity.length - 1, i + WINDOW); j++) {
            if (j != i && similarity[j] >= NEAR) {
                return true;
            }
        }
        return false;
    }

    /** Sentence {@code i} states more of the claim than {@code j}: more of its weight, then more of its terms. */
    private static boolean closer(int i, int j, double[] weighed, double[] similarity) {
        return weighed[i] > weighed[j] || weighed[i] == weighed[j] && similarity[i] > similarity[j];
    }

    /**
     * The weight of the claim that sentence {@code i} holds with the sentence before or after it:
     * a report spreads one fact over two sentences, and the evidence shown is the one stating most
     * of it ("The Turkish daily … reported on January 2:" / the report itself).
     */
    private static double reportedAround(double[] weighedPassage, int i) {
        return Math.max(weighedPassage[i], i > 0 ? weighedPassage[i - 1] : 0);
    }

    /** {@code closest}: the sentence nearest to the claim, shown as the evidence should a model judge otherwise. */
    private static StanceJudgement unrelated(int closest, double best) {
        return new StanceJudgement(Stance.UNRELATED, confidence(1 - best / RELATED), closest, best, null, List.of(),
                List.of(), Relation.NOT_ADDRESSED, null);
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
