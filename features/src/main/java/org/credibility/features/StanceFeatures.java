package org.credibility.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features of a (claim, article) pair that a trained stance model reads, after what worked
 * on FNC-1 (the baseline's overlap and refuting-word features, the winners' similarity of claim
 * and body): how much of the claim the body, its opening and its best sentences cover (terms
 * from {@link TermNormalizer}), term and bigram overlap, and the denial, hedge and negation
 * words, numbers and attributions of the sentences about the claim. Plain Java, deterministic,
 * thread-safe; {@link #NAMES} lists the vector in order. The TF-IDF features weigh terms by
 * {@link TermWeights} learned from training data.
 */
public final class StanceFeatures {
    public static final List<String> NAMES = List.of(
            "cover_body",          // share of the claim's terms found in the body
            "cover_opening",       // … in the body's first OPENING sentences
            "cover_best",          // … in the body's best sentence
            "cover_best_pair",     // … in the best two consecutive sentences
            "cosine_body",         // |C ∩ B| / sqrt(|C| |B|) over term sets
            "bigram_cover",        // share of the claim's term bigrams found in the body
            "related_share",       // share of sentences covering at least RELATED of the claim
            "denial_related",      // log1p of denial cues in related sentences
            "hedge_related",       // log1p of hedge cues in related sentences
            "negation_related",    // log1p of negation words in related sentences
            "denial_body",         // log1p of denial cues in the body
            "hedge_body",          // log1p of hedge cues in the body
            "denial_claim",        // denial cues in the claim (a denial claim flips agreement)
            "hedge_claim",         // hedge cues in the claim
            "negation_best",       // negation words in the best sentence minus those in the claim
            "numbers_claim",       // the claim states numbers
            "numbers_matched",     // share of the claim's numbers found in the body
            "attributed_related",  // share of related sentences that attribute their content
            "sentences_log",       // log1p of the number of sentences
            "tfidf_body",          // TF-IDF cosine of claim and body ({@link TermWeights})
            "tfidf_opening",       // … of claim and the first OPENING sentences
            "tfidf_best",          // … of claim and its most similar sentence
            "idf_cover_body",      // share of the claim's idf weight found in the body
            "idf_cover_best",      // … in the body's best sentence by that measure
            "denial_opening",      // log1p of denial cues in the first OPENING sentences
            "question_claim");     // the claim asks (a headline question is rarely agreed with)
    public static final int OPENING = 3;
    public static final double RELATED = 0.3;

    private static final StanceFeatures STANDARD = new StanceFeatures();
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+|n't");

    private final TermNormalizer terms = TermNormalizer.standard();
    private final CueDetector hedges = CueDetector.hedges();
    private final CueDetector denials = CueDetector.denials();
    private final Set<String> negations = Set.copyOf(Lexicon.lowerCaseEntries("negation-words"));

    private StanceFeatures() {
    }

    public static StanceFeatures standard() {
        return STANDARD;
    }

    /** The features of the claim against an article's analysed sentences ({@link ArticleAnalyzer}). */
    public double[] compute(String claim, List<SentenceAnalysis> sentences, TermWeights weights) {
        List<String> claimTerms = terms.terms(claim);
        Map<String, Double> claimVector = weights.vector(claimTerms);
        List<String> bodyTerms = new ArrayList<>();
        List<String> openingTerms = new ArrayList<>();
        double tfidfBest = 0;
        double idfCoverBest = 0;
        int denialOpening = 0;
        Set<String> c = new HashSet<>(claimTerms);
        Set<String> claimBigrams = bigrams(claimTerms);
        Set<String> body = new HashSet<>();
        Set<String> opening = new HashSet<>();
        Set<String> bodyBigrams = new HashSet<>();
        Set<String> bodyNumbers = new HashSet<>();
        List<Set<String>> sentenceTerms = new ArrayList<>(sentences.size());
        double[] cover = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            SentenceAnalysis s = sentences.get(i);
            List<String> t = terms.terms(s.text());
            Set<String> set = new HashSet<>(t);
            sentenceTerms.add(set);
            body.addAll(set);
            bodyTerms.addAll(t);
            if (i < OPENING) {
                opening.addAll(set);
                openingTerms.addAll(t);
                denialOpening += s.denialCues().size();
            }
            tfidfBest = Math.max(tfidfBest, TermWeights.cosine(claimVector, weights.vector(t)));
            idfCoverBest = Math.max(idfCoverBest, weights.weightedCover(c, set));
            bodyBigrams.addAll(bigrams(t));
            bodyNumbers.addAll(s.numbers());
            cover[i] = share(c, set);
        }
        double best = 0;
        int bestIndex = -1;
        double bestPair = 0;
        for (int i = 0; i < cover.length; i++) {
            if (cover[i] > best) {
                best = cover[i];
                bestIndex = i;
            }
            Set<String> pair = new HashSet<>(sentenceTerms.get(i));
            if (i + 1 < cover.length) {
                pair.addAll(sentenceTerms.get(i + 1));
            }
            bestPair = Math.max(bestPair, share(c, pair));
        }
        int related = 0;
        int denialRelated = 0;
        int hedgeRelated = 0;
        int negationRelated = 0;
        int attributedRelated = 0;
        int denialBody = 0;
        int hedgeBody = 0;
        for (int i = 0; i < cover.length; i++) {
            SentenceAnalysis s = sentences.get(i);
            denialBody += s.denialCues().size();
            hedgeBody += s.hedgeCues().size();
            if (cover[i] >= RELATED) {
                related++;
                denialRelated += s.denialCues().size();
                hedgeRelated += s.hedgeCues().size();
                negationRelated += negations(s.text());
                attributedRelated += s.attribution() != null ? 1 : 0;
            }
        }
        List<String> claimNumbers = NumberExtractor.numbers(claim);
        long numbersFound = claimNumbers.stream().filter(bodyNumbers::contains).count();
        int claimNegations = negations(claim);
        int bestNegations = bestIndex < 0 ? 0 : negations(sentences.get(bestIndex).text());
        double n = sentences.size();
        return new double[] {
            share(c, body),
            share(c, opening),
            best,
            bestPair,
            c.isEmpty() || body.isEmpty() ? 0 : intersection(c, body) / Math.sqrt((double) c.size() * body.size()),
            share(claimBigrams, bodyBigrams),
            n == 0 ? 0 : related / n,
            Math.log1p(denialRelated),
            Math.log1p(hedgeRelated),
            Math.log1p(negationRelated),
            Math.log1p(denialBody),
            Math.log1p(hedgeBody),
            denials.find(claim).size(),
            hedges.find(claim).size(),
            bestNegations - claimNegations,
            claimNumbers.isEmpty() ? 0 : 1,
            claimNumbers.isEmpty() ? 0 : numbersFound / (double) claimNumbers.size(),
            related == 0 ? 0 : attributedRelated / (double) related,
            Math.log1p(n),
            TermWeights.cosine(claimVector, weights.vector(bodyTerms)),
            TermWeights.cosine(claimVector, weights.vector(openingTerms)),
            tfidfBest,
            weights.weightedCover(c, body),
            idfCoverBest,
            Math.log1p(denialOpening),
            claim.indexOf('?') >= 0 ? 1 : 0
        };
    }

    /** Negation words in a text ({@code negation-words.txt}), each occurrence counted. */
    int negations(String text) {
        int count = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            String w = m.group();
            if (negations.contains(w) || (w.endsWith("n't") && negations.contains("n't"))) {
                count++;
            }
        }
        return count;
    }

    private static Set<String> bigrams(List<String> terms) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < terms.size(); i++) {
            out.add(terms.get(i) + " " + terms.get(i + 1));
        }
        return out;
    }

    private static double share(Set<String> part, Set<String> whole) {
        return part.isEmpty() ? 0 : intersection(part, whole) / (double) part.size();
    }

    private static int intersection(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }
}
