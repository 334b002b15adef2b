package org.credibility.features.stance;

import org.credibility.features.claims.AttributionExtractor;
import org.credibility.features.claims.CueDetector;
import org.credibility.features.claims.NumberExtractor;
import org.credibility.features.claims.SentenceAnalysis;
import org.credibility.features.text.Lexicon;
import org.credibility.features.text.PatternList;
import org.credibility.features.text.TermNormalizer;
import org.credibility.features.text.TermWeights;
import org.credibility.features.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            "attributed_opening",  // share of the opening sentences that attribute their content
            "hedging_first",       // Ferreira and Vlachos's headline hedging words in the first sentence
            "refuting_first");     // … and their refuting words ("hoax", "not", "despite")
    public static final int OPENING = 3;
    public static final double RELATED = 0.3;

    private static final PatternList DATELINES = PatternList.load("dateline-patterns");
    private static final StanceFeatures STANDARD = new StanceFeatures();
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
    private final Set<String> headlineHedging = Set.copyOf(Lexicon.lowerCaseEntries("headline-hedging-words"));
    private final Set<String> headlineRefuting = Set.copyOf(Lexicon.lowerCaseEntries("headline-refuting-words"));

    private StanceFeatures() {
    }

    public static StanceFeatures standard() {
        return STANDARD;
    }

    /** The features of the claim against an article's analysed sentences ({@link org.credibility.features.claims.ArticleAnalyzer}). */
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
        List<String> claimTerms = terms.terms(text);
        return new ClaimSide(claimTerms, sourceOnlyTerms(text, claimTerms), NumberExtractor.numbers(text), negations(text),
                denials.find(text).size(), hedges.find(text).size(), text.indexOf('?') >= 0);
    }

    /**
     * The claim's terms that only say who claims it: those of its dateline ("Jan. 19 (UPI) --",
     * dateline-patterns.txt) and of its attribution when that stands apart from the claim behind
     * the last comma (the whole clause: "…, Russian Lt. Gen. Sergei Rudskoy said") or before the
     * first (the whole clause when the source closes it, "According to the Russian Defense
     * Ministry, …"; else the source's name only: in "Russian Interfax also reported that various
     * ISIS storage facilities, and militants were eliminated" the storage facilities are claimed).
     * A term the claim itself also holds stays: not "russia" in "Russia and Turkey …, Russian Lt.
     * Gen. Sergei Rudskoy said", and nothing in "Apple added reinforcement to its iPhone", where
     * the "speaker" is what the claim is about.
     */
    private List<String> sourceOnlyTerms(String text, List<String> claimTerms) {
        String filed = DATELINES.withoutLeading(text);
        int first = filed.indexOf(',');
        int last = filed.lastIndexOf(',');
        String claimed = AttributionExtractor.standard().attribution(filed).map(source -> {
            int at = filed.indexOf(source);
            int end = at + source.length();
            if (first < 0 || at < 0) {
                return filed;
            }
            if (at > last) {
                return filed.substring(0, last);
            }
            if (end > first) {
                return filed;
            }
            return filed.substring(end, first).isBlank() ? filed.substring(first + 1) : filed.replace(source, " ");
        }).orElse(filed);
        if (claimed.equals(text)) {
            return List.of();
        }
        Set<String> rest = new HashSet<>(terms.terms(claimed));
        return claimTerms.stream().filter(t -> !rest.contains(t)).distinct().toList();
    }

    /**
     * What the features need of an article alone, whatever the claim: its sentences' terms,
     * TF-IDF vectors and cue counts. An article is judged against every claim linked to it (a
     * FNC-1 body against ~30 headlines), so callers compute this once and reuse it.
     */
    public ArticleSide article(List<SentenceAnalysis> sentences, TermWeights weights) {
        int n = sentences.size();
        List<Set<String>> sentenceTerms = new ArrayList<>(n);
        List<TermWeights.Vector> sentenceVectors = new ArrayList<>(n);
        int[] negationCounts = new int[n];
        List<String> bodyTerms = new ArrayList<>();
        List<String> openingTerms = new ArrayList<>();
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
            bodyTerms.addAll(t);
            if (i < OPENING) {
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
        String first = n == 0 ? "" : sentences.get(0).text();
        return new ArticleSide(sentences, sentenceTerms, sentenceVectors, negationCounts,
                weights.vector(bodyTerms), weights.vector(openingTerms), bodyBigrams, bodyNumbers,
                denialOpening, denialBody, hedgeBody, questionOpening, QUOTED_SPAN.matcher(first).find(),
                n == 0 ? 0 : attributedOpening / (double) Math.min(n, OPENING),
                words(first, headlineHedging), words(first, headlineRefuting));
    }

    /** The features of a claim side from {@link #claim} against an article side from {@link #article}. */
    public double[] compute(ClaimSide claim, ArticleSide article, TermWeights weights) {
        List<String> claimTerms = claim.terms();
        TermWeights.Vector claimVector = weights.vector(claimTerms);
        ClaimTerms c = new ClaimTerms(new HashSet<>(claimTerms), claimVector, weights);
        List<SentenceAnalysis> sentences = article.sentences();
        int n = sentences.size();
        // found[i][k]: the weight in sentence i of the claim's k-th term, 0 if absent. Each sentence is
        // looked up once per claim term; the covers, idf covers and cosines below are read off these rows.
        double[][] found = new double[n][];
        double[] cover = new double[n];
        double tfidfBest = 0;
        double idfCoverBest = 0;
        for (int i = 0; i < n; i++) {
            TermWeights.Vector sentence = article.sentenceVectors().get(i);
            found[i] = c.find(sentence);
            cover[i] = c.share(found[i]);
            idfCoverBest = Math.max(idfCoverBest, c.idfShare(found[i]));
            tfidfBest = Math.max(tfidfBest, c.cosine(found[i], sentence));
        }
        // A claim term's largest weight in any sentence of the body, of the opening: 0 if in none.
        double[] inBody = new double[c.size()];
        double[] inOpening = new double[c.size()];
        double best = 0;
        int bestIndex = -1;
        double bestPair = 0;
        for (int i = 0; i < n; i++) {
            if (cover[i] > best) {
                best = cover[i];
                bestIndex = i;
            }
            int inPair = 0;
            for (int k = 0; k < c.size(); k++) {
                inBody[k] = Math.max(inBody[k], found[i][k]);
                inOpening[k] = i < OPENING ? Math.max(inOpening[k], found[i][k]) : inOpening[k];
                inPair += found[i][k] > 0 || (i + 1 < n && found[i + 1][k] > 0) ? 1 : 0;
            }
            bestPair = Math.max(bestPair, c.size() == 0 ? 0 : inPair / (double) c.size());
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
        List<String> claimNumbers = claim.numbers();
        long numbersFound = claimNumbers.stream().filter(article.bodyNumbers()::contains).count();
        int claimNegations = claim.negations();
        int bestNegations = bestIndex < 0 ? 0 : article.negationCounts()[bestIndex];
        int distinctBodyTerms = article.bodyVector().size();
        int bodyFound = ClaimTerms.count(inBody);
        return new double[] {
            c.share(inBody),
            c.share(inOpening),
            best,
            bestPair,
            c.size() == 0 || distinctBodyTerms == 0 ? 0 : bodyFound / Math.sqrt((double) c.size() * distinctBodyTerms),
            share(bigrams(claimTerms), article.bodyBigrams()),
            n == 0 ? 0 : related / (double) n,
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
            c.idfShare(inBody),
            idfCoverBest,
            Math.log1p(article.denialOpening()),
            claim.question() ? 1 : 0,
            article.questionOpening() ? 1 : 0,
            article.quotedOpening() ? 1 : 0,
            article.attributedOpening(),
            article.hedgingFirst(),
            article.refutingFirst()
        };
    }

    /**
     * The article-independent part of a pair's features ({@link #claim}): counts, not the cues
     * themselves. {@code sourceTerms}: the terms of the source the claim names ("…, the Russian
     * Defense Ministry said"), which say who claims it, not what is claimed.
     */
    public record ClaimSide(List<String> terms, List<String> sourceTerms, List<String> numbers, int negations,
                            int denialCues, int hedgeCues, boolean question) {
        public ClaimSide {
            terms = List.copyOf(terms);
            sourceTerms = List.copyOf(sourceTerms);
            numbers = List.copyOf(numbers);
        }
    }

    /** The claim-independent part of an article's features ({@link #article}); read-only once built. */
    public record ArticleSide(List<SentenceAnalysis> sentences, List<Set<String>> sentenceTerms,
                              List<TermWeights.Vector> sentenceVectors, int[] negationCounts,
                              TermWeights.Vector bodyVector, TermWeights.Vector openingVector,
                              Set<String> bodyBigrams, Set<String> bodyNumbers, int denialOpening, int denialBody,
                              int hedgeBody, boolean questionOpening, boolean quotedOpening,
                              double attributedOpening, int hedgingFirst, int refutingFirst) {
    }

    /**
     * A pair's claim terms (a set, in its iteration order) with their idf weights, looked up in an
     * article's sentences once each. The cosine's dot product runs over the claim vector in its own
     * order, as {@link TermWeights#cosine} does, so the two give the same value to the last bit.
     */
    private static final class ClaimTerms {
        private final String[] terms;
        private final double[] idf;
        private final double totalIdf;
        private final TermWeights.Vector vector;
        /** The claim vector's entries in its own iteration order: indexes into {@link #terms}. */
        private final int[] vectorOrder;
        private final double[] vectorWeight;

        ClaimTerms(Set<String> set, TermWeights.Vector vector, TermWeights weights) {
            terms = set.toArray(new String[0]);
            idf = new double[terms.length];
            double total = 0;
            Map<String, Integer> index = new HashMap<>();
            for (int k = 0; k < terms.length; k++) {
                idf[k] = weights.idf(terms[k]);
                total += idf[k];
                index.put(terms[k], k);
            }
            totalIdf = total;
            this.vector = vector;
            vectorOrder = vector.weights().keySet().stream().mapToInt(index::get).toArray();
            vectorWeight = new double[terms.length];
            vector.weights().forEach((term, w) -> vectorWeight[index.get(term)] = w);
        }

        int size() {
            return terms.length;
        }

        /** The weight of each of the claim's terms in a sentence's TF-IDF vector; 0 where it is absent (idf ≥ 1). */
        double[] find(TermWeights.Vector sentence) {
            double[] found = new double[terms.length];
            for (int k = 0; k < terms.length; k++) {
                Double w = sentence.weights().get(terms[k]);
                found[k] = w == null ? 0 : w;
            }
            return found;
        }

        /** Share of the claim's terms found. */
        double share(double[] found) {
            return terms.length == 0 ? 0 : count(found) / (double) terms.length;
        }

        /** Share of the claim's idf weight found ({@link TermWeights#idf}). */
        double idfShare(double[] found) {
            double sum = 0;
            for (int k = 0; k < terms.length; k++) {
                if (found[k] > 0) {
                    sum += idf[k];
                }
            }
            return totalIdf == 0 ? 0 : sum / totalIdf;
        }

        /** {@link TermWeights#cosine} of the claim and a sentence whose shared terms are {@code found}. */
        double cosine(double[] found, TermWeights.Vector sentence) {
            if (vector.size() > sentence.size()) {
                return TermWeights.cosine(vector, sentence);  // it walks the sentence's terms, in their order
            }
            double dot = 0;
            for (int k : vectorOrder) {
                if (found[k] > 0) {
                    dot += vectorWeight[k] * found[k];
                }
            }
            return TermWeights.cosine(dot, vector, sentence);
        }

        /** How many of the claim's terms are found (a positive weight). */
        static int count(double[] found) {
            int n = 0;
            for (double w : found) {
                n += w > 0 ? 1 : 0;
            }
            return n;
        }
    }

    /** Negation words in a text ({@code negation-words.txt}), each occurrence counted. */
    int negations(String text) {
        return words(text, negations);
    }

    /** Words of a text in a lower-case word list, each occurrence counted ("n't" matches any n't contraction). */
    private static int words(String text, Set<String> list) {
        int count = 0;
        for (String w : Tokenizer.lookupWords(text)) {
            if (list.contains(w) || (w.endsWith("n't") && list.contains("n't"))) {
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
