package org.credibility.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features of a (claim, article) pair that a trained stance model reads, after what worked
 * on FNC-1 (the baseline's overlap and refuting-word features, the winners' similarity of claim
 * and body): how much of the claim the body, its opening and its best sentences cover (terms
 * from {@link TermNormalizer}), term and bigram overlap, and the denial, hedge and negation
 * words, numbers and attributions of the sentences about the claim. Plain Java, deterministic,
 * thread-safe; {@link #NAMES} lists the vector in order.
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
            "sentences_log");      // log1p of the number of sentences
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
    public double[] compute(String claim, List<SentenceAnalysis> sentences) {
        return compute(claim, body(sentences));
    }

    /**
     * An article's side of the features: its sentences' terms, bigrams, numbers and cue counts.
     * Computed once per article for all the claims it is paired with (normalising the body's
     * sentences again for every pair was most of the stance stage's time).
     */
    public Body body(List<SentenceAnalysis> sentences) {
        Set<String> all = new HashSet<>();
        Set<String> opening = new HashSet<>();
        Set<String> bigrams = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        List<Set<String>> sentenceTerms = new ArrayList<>(sentences.size());
        int[] negationCounts = new int[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            SentenceAnalysis s = sentences.get(i);
            List<String> t = terms.terms(s.text());
            Set<String> set = new HashSet<>(t);
            sentenceTerms.add(set);
            all.addAll(set);
            if (i < OPENING) {
                opening.addAll(set);
            }
            bigrams.addAll(bigrams(t));
            numbers.addAll(s.numbers());
            negationCounts[i] = negations(s.text());
        }
        List<Set<String>> pairTerms = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> pair = new HashSet<>(sentenceTerms.get(i));
            if (i + 1 < sentences.size()) {
                pair.addAll(sentenceTerms.get(i + 1));
            }
            pairTerms.add(pair);
        }
        return new Body(List.copyOf(sentences), sentenceTerms, pairTerms, all, opening, bigrams, numbers, negationCounts);
    }

    /** The features of the claim against an article's {@link #body}. */
    public double[] compute(String claim, Body b) {
        List<SentenceAnalysis> sentences = b.sentences();
        List<String> claimTerms = terms.terms(claim);
        Set<String> c = new HashSet<>(claimTerms);
        Set<String> claimBigrams = bigrams(claimTerms);
        double[] cover = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            cover[i] = share(c, b.sentenceTerms().get(i));
        }
        double best = 0;
        int bestIndex = -1;
        double bestPair = 0;
        for (int i = 0; i < cover.length; i++) {
            if (cover[i] > best) {
                best = cover[i];
                bestIndex = i;
            }
            bestPair = Math.max(bestPair, share(c, b.pairTerms().get(i)));
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
                negationRelated += b.negations()[i];
                attributedRelated += s.attribution() != null ? 1 : 0;
            }
        }
        List<String> claimNumbers = NumberExtractor.numbers(claim);
        long numbersFound = claimNumbers.stream().filter(b.numbers()::contains).count();
        int claimNegations = negations(claim);
        int bestNegations = bestIndex < 0 ? 0 : b.negations()[bestIndex];
        double n = sentences.size();
        return new double[] {
            share(c, b.terms()),
            share(c, b.opening()),
            best,
            bestPair,
            c.isEmpty() || b.terms().isEmpty() ? 0
                    : intersection(c, b.terms()) / Math.sqrt((double) c.size() * b.terms().size()),
            share(claimBigrams, b.bigrams()),
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
            Math.log1p(n)
        };
    }

    /**
     * An article's sentences with, per sentence, its term set, the term set of it and the next
     * sentence, and its negation words; over the body, its terms, opening terms, bigrams, numbers.
     */
    public record Body(List<SentenceAnalysis> sentences, List<Set<String>> sentenceTerms, List<Set<String>> pairTerms,
                       Set<String> terms, Set<String> opening, Set<String> bigrams, Set<String> numbers,
                       int[] negations) {
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
