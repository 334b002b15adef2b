package org.credibility.features.claims;

import org.credibility.features.text.Lexicon;
import org.credibility.features.text.PatternList;
import org.credibility.features.text.Tokenizer;
import org.credibility.features.text.Words;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Check-worthiness: is a sentence a factual assertion worth checking? Kept: statements about
 * events, numbers and actors. Not kept: very short fragments (fewer than 6 words, unless they
 * report a death, injury, destruction or arrest in at least 3: "The crew was reportedly killed.",
 * event-verbs.txt), questions,
 * sentences without sentence-final punctuation (headlines, labels), appeals to the reader,
 * remarks about the site, first-person opinion (non-claim-patterns.txt), photo captions
 * (caption-patterns.txt), and sentences that name nothing checkable: no number, no capitalised
 * word after the first and no past-tense verb ("-ed": something happened). Stateless and
 * thread-safe.
 */
public final class ClaimDetector {

    private static final int MIN_WORDS = 6;
    /** The fewest words of a short sentence that reports an event (event-verbs.txt). */
    private static final int MIN_EVENT_WORDS = 3;
    private static final Set<String> EVENT_VERBS = Set.copyOf(Lexicon.lowerCaseEntries("event-verbs"));
    /** "-ed" words shorter than this ("red", "bed", "need") are not past tenses. */
    private static final int MIN_PAST_TENSE_CHARS = 5;
    private static final PatternList NON_CLAIMS = PatternList.load("non-claim-patterns");
    private static final PatternList CAPTIONS = PatternList.load("caption-patterns");
    private static final Map<String, String> NUMBER_WORDS = Lexicon.mapping("number-words");
    private static final Pattern QUESTION = Pattern.compile("\\?[\"'”’)]*$");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    private static final Pattern UPPER_CASE = Pattern.compile("\\p{Lu}");

    private ClaimDetector() {}

    public static boolean isCheckWorthy(String sentence) {
        if (sentence == null) {
            return false;
        }
        String s = sentence.strip();
        int words = Tokenizer.countPieces(s);
        boolean longEnough = words >= MIN_WORDS || words >= MIN_EVENT_WORDS && reportsAnEvent(s);
        if (!longEnough || QUESTION.matcher(s).find() || !Words.endsSentence(s)) {
            return false;
        }
        if (NON_CLAIMS.foundIn(s) || CAPTIONS.foundIn(s)) {
            return false;
        }
        return namesSomethingCheckable(s);
    }

    private static boolean reportsAnEvent(String s) {
        return Tokenizer.tokens(s).stream().anyMatch(t -> EVENT_VERBS.contains(t.lower()));
    }

    /** A number, a capitalised word other than the first, or a past-tense verb: something a fact-checker can look up. */
    private static boolean namesSomethingCheckable(String s) {
        if (DIGIT.matcher(s).find()) {
            return true;
        }
        List<Tokenizer.Token> tokens = Tokenizer.tokens(s);
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            String lower = tokens.get(i).lower();
            boolean pastTense = lower.length() >= MIN_PAST_TENSE_CHARS && lower.endsWith("ed");
            if ((i > 0 && (UPPER_CASE.matcher(word).find() || pastTense)) || NUMBER_WORDS.containsKey(lower)) {
                return true;
            }
        }
        return false;
    }
}
