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
            "question_claim",      // the claim asks (a headline question is rarely agreed with)
            "question_opening",    // the article's opening asks ("Macaulay Culkin dead?"): it observes
            "quoted_opening",      // its first sentence quotes a span of words: the claim is someone's
            "attributed_opening"); // share of the opening sentences that attribute their content
    public static final int OPENING = 3;
    public static final double RELATED = 0.3;

    private static final StanceFeatures STANDARD = new StanceFeatures();
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+|n't");
    /**
     * A quoted span of three or more words, opened after a space, colon or bracket (so the
     * apostrophe of "McDonald's" opens nothing): the British headline convention for a claim
     * reported in someone's words, "Isis 'fed murdered kidnap victim to his own mother'".
     */
    private static final Pattern QUOTED_SPAN =
            Pattern.compile("(?:^|[\\s:(\\[])['‘\"“][^'’\"”\\s]+(?:\\s+[^'’\"”\\s]+){2,}['’\"”]");

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
        return compute(claim(claim), article(sentences, weights), weights);
    }

    /**
     * What the features need of a claim alone, whatever the article: its terms, numbers,
     * negations and cues. A claim is judged against every article linked to it (~20 on a large
     * corpus), and finding its numbers and cues is most of the cost of a pair, so callers compute
     * this once per claim.
     */
    public ClaimSide claim(String claim) {
        String text = claim == null ? "" : claim;
        return new ClaimSide(terms.terms(text), NumberExtractor.numbers(text), negations(text),
                denials.find(text).size(), hedges.find(text).size(), text.indexOf('?') >= 0);
    }

    /**
     * What the features need of an article alone, whatever the claim: its sentences' terms,
     * TF-IDF vectors and cue counts. An article is judged against every claim linked to it (a
     * FNC-1 body against ~30 headlines), so callers compute this once and reuse it.
     */
    public ArticleSide article(List<SentenceAnalysis> sentences, TermWeights weights) {
        int n = sentences.size();
        List<Set<String>> sentenceTerms = new ArrayList<>(n);
        List<Map<String, Double>> sentenceVectors = new ArrayList<>(n);
        int[] negationCounts = new int[n];
        List<String> bodyTerms = new ArrayList<>();
        List<String> openingTerms = new ArrayList<>();
        Set<String> body = new HashSet<>();
        Set<String> opening = new HashSet<>();
        Set<String> bodyBigrams = new HashSet<>();
        Set<String> bodyNumbers = new HashSet<>();
        int denialOpening = 0;
        boolean questionOpening = false;
        int attributedOpening = 0;
        int denialBody = 0;
        int hedgeBody = 0;
        for (int i = 0; i < n; i++) {
            SentenceAnalysis s = sentences.get(i);
            List<String> t = terms.terms(s.text());
            Set<String> set = new HashSet<>(t);
            sentenceTerms.add(set);
            sentenceVectors.add(weights.vector(t));
            negationCounts[i] = negations(s.text());
            body.addAll(set);
            bodyTerms.addAll(t);
            if (i < OPENING) {
                opening.addAll(set);
                openingTerms.addAll(t);
                denialOpening += s.denialCues().size();
                questionOpening |= s.text().indexOf('?') >= 0;
                attributedOpening += s.attribution() != null ? 1 : 0;
            }
            bodyBigrams.addAll(bigrams(t));
            bodyNumbers.addAll(s.numbers());
            denialBody += s.denialCues().size();
            hedgeBody += s.hedgeCues().size();
        }
        return new ArticleSide(sentences, sentenceTerms, sentenceVectors, negationCounts, body, opening,
                weights.vector(bodyTerms), weights.vector(openingTerms), bodyBigrams, bodyNumbers,
                denialOpening, denialBody, hedgeBody, questionOpening,
                n > 0 && QUOTED_SPAN.matcher(sentences.get(0).text()).find(),
                n == 0 ? 0 : attributedOpening / (double) Math.min(n, OPENING));
    }

    /** The features of a claim side from {@link #claim} against an article side from {@link #article}. */
    public double[] compute(ClaimSide claim, ArticleSide article, TermWeights weights) {
        List<String> claimTerms = claim.terms();
        Map<String, Double> claimVector = weights.vector(claimTerms);
        Set<String> c = new HashSet<>(claimTerms);
        List<SentenceAnalysis> sentences = article.sentences();
        List<Set<String>> sentenceTerms = article.sentenceTerms();
        double tfidfBest = 0;
        double idfCoverBest = 0;
        double[] cover = new double[sentences.size()];
        for (int i = 0; i < cover.length; i++) {
            tfidfBest = Math.max(tfidfBest, TermWeights.cosine(claimVector, article.sentenceVectors().get(i)));
            idfCoverBest = Math.max(idfCoverBest, weights.weightedCover(c, sentenceTerms.get(i)));
            cover[i] = share(c, sentenceTerms.get(i));
        }
        double best = 0;
        int bestIndex = -1;
        double bestPair = 0;
        for (int i = 0; i < cover.length; i++) {
            if (cover[i] > best) {
                best = cover[i];
                bestIndex = i;
            }
            // The claim's terms in sentence i or i + 1, without building their union.
            int inPair = 0;
            for (String term : c) {
                if (sentenceTerms.get(i).contains(term)
                        || (i + 1 < cover.length && sentenceTerms.get(i + 1).contains(term))) {
                    inPair++;
                }
            }
            bestPair = Math.max(bestPair, c.isEmpty() ? 0 : inPair / (double) c.size());
        }
        int related = 0;
        int denialRelated = 0;
        int hedgeRelated = 0;
        int negationRelated = 0;
        int attributedRelated = 0;
        for (int i = 0; i < cover.length; i++) {
            SentenceAnalysis s = sentences.get(i);
            if (cover[i] >= RELATED) {
                related++;
                denialRelated += s.denialCues().size();
                hedgeRelated += s.hedgeCues().size();
                negationRelated += article.negationCounts()[i];
                attributedRelated += s.attribution() != null ? 1 : 0;
            }
        }
        Set<String> body = article.body();
        List<String> claimNumbers = claim.numbers();
        long numbersFound = claimNumbers.stream().filter(article.bodyNumbers()::contains).count();
        int claimNegations = claim.negations();
        int bestNegations = bestIndex < 0 ? 0 : article.negationCounts()[bestIndex];
        double n = sentences.size();
        return new double[] {
            share(c, body),
            share(c, article.opening()),
            best,
            bestPair,
            c.isEmpty() || body.isEmpty() ? 0 : intersection(c, body) / Math.sqrt((double) c.size() * body.size()),
            share(bigrams(claimTerms), article.bodyBigrams()),
            n == 0 ? 0 : related / n,
            Math.log1p(denialRelated),
            Math.log1p(hedgeRelated),
            Math.log1p(negationRelated),
            Math.log1p(article.denialBody()),
            Math.log1p(article.hedgeBody()),
            claim.denialCues(),
            claim.hedgeCues(),
            bestNegations - claimNegations,
            claimNumbers.isEmpty() ? 0 : 1,
            claimNumbers.isEmpty() ? 0 : numbersFound / (double) claimNumbers.size(),
            related == 0 ? 0 : attributedRelated / (double) related,
            Math.log1p(n),
            TermWeights.cosine(claimVector, article.bodyVector()),
            TermWeights.cosine(claimVector, article.openingVector()),
            tfidfBest,
            weights.weightedCover(c, body),
            idfCoverBest,
            Math.log1p(article.denialOpening()),
            claim.question() ? 1 : 0,
            article.questionOpening() ? 1 : 0,
            article.quotedOpening() ? 1 : 0,
            article.attributedOpening()
        };
    }

    /** The article-independent part of a pair's features ({@link #claim}): counts, not the cues themselves. */
    public record ClaimSide(List<String> terms, List<String> numbers, int negations, int denialCues, int hedgeCues,
                            boolean question) {
        public ClaimSide {
            terms = List.copyOf(terms);
            numbers = List.copyOf(numbers);
        }
    }

    /** The claim-independent part of an article's features ({@link #article}); read-only once built. */
    public record ArticleSide(List<SentenceAnalysis> sentences, List<Set<String>> sentenceTerms,
                              List<Map<String, Double>> sentenceVectors, int[] negationCounts, Set<String> body,
                              Set<String> opening, Map<String, Double> bodyVector, Map<String, Double> openingVector,
                              Set<String> bodyBigrams, Set<String> bodyNumbers, int denialOpening, int denialBody,
                              int hedgeBody, boolean questionOpening, boolean quotedOpening,
                              double attributedOpening) {
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
