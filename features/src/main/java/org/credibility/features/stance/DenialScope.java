package org.credibility.features.stance;

import org.credibility.features.text.Lexicon;
import org.credibility.features.text.PhraseMatcher;
import org.credibility.features.text.TermNormalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a denial sentence denies, and what its speaker concedes. "US Air Force Colonel John
 * Dorrian … denied the reports about the joint operation but confirmed providing the info to
 * Moscow" denies {joint, operation} and concedes {providing, info, russia}; "there is no
 * military-to-military coordination for airstrikes over targets in Syria" denies {military,
 * coordination}, not airstrikes in Syria. The denied thing is read after the first denial cue
 * as denial-scope.txt says; the conceded part follows a contrast ("but") when a confirmation cue
 * (confirmation-cues.txt) starts it. A denial of "it" or "this" names nothing: it is
 * <b>anaphoric</b>, about what the article said just before.
 *
 * @param focus      the terms ({@link TermNormalizer}) of what is denied
 * @param anaphoric  true when the denial names nothing it denies ("denied it")
 * @param conceded   the terms of what the same sentence confirms, or empty
 */
public record DenialScope(Set<String> focus, boolean anaphoric, Set<String> conceded) {
    public static final DenialScope NONE = new DenialScope(Set.of(), false, Set.of());

    private static final String CONTRAST = "contrast";
    private static final String LEAD = "lead";
    private static final String END = "end";
    private static final Map<String, String> ROLES = Lexicon.mapping("denial-scope");
    private static final PhraseMatcher DENIALS = new PhraseMatcher(Lexicon.lowerCaseEntries("denial-cues"));
    private static final Set<String> NEGATIONS = Set.copyOf(Lexicon.lowerCaseEntries("negation-words"));
    private static final Set<String> DOUBTS = Set.copyOf(Lexicon.lowerCaseEntries("doubt-cues"));
    private static final PhraseMatcher DEBUNKS = new PhraseMatcher(Lexicon.lowerCaseEntries("debunk-cues"));
    private static final PhraseMatcher CONFIRMATIONS = new PhraseMatcher(Lexicon.lowerCaseEntries("confirmation-cues"));
    /** A word, or a punctuation mark that ends a phrase; quotation marks are neither. Not Tokenizer's words: the scope needs the punctuation that ends it. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*|[,.;:!?()]");
    private static final String GAP = "...";

    public DenialScope {
        focus = Set.copyOf(focus);
        conceded = Set.copyOf(conceded);
    }

    /**
     * The scope of a sentence's first denial; {@link #NONE} when it has none. A negated denial
     * cue ("the photo is no hoax", "the ministry did not deny it") denies nothing, nor does a
     * doubt (doubt-cues.txt: "… has cast doubt on the fate of his publication").
     */
    public static DenialScope of(String sentence) {
        for (PhraseMatcher.Match denial : DENIALS.findAll(sentence)) {
            if (!negated(sentence, denial) && !DOUBTS.contains(denial.phrase())) {
                return of(sentence, denial);
            }
        }
        return NONE;
    }

    /**
     * True when a negation word of the sentence (negation-words.txt) bears on one of these (a
     * claim's) terms: the first term after it, in its clause, is one. "Macklemore has not joined
     * the ranks of ISIS" negates "joined"; "Anna Wintour is not happy" and "who asked not to be
     * named" negate nothing of "Vogue magazine's new offices are infested with rats".
     */
    public static boolean negates(String sentence, Set<String> claimTerms) {
        List<String> words = words(sentence);
        TermNormalizer normalizer = TermNormalizer.standard();
        for (int i = 0; i < words.size(); i++) {
            if (!NEGATIONS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            StringBuilder clause = new StringBuilder();
            for (int j = i + 1; j < words.size() && !isPunctuation(words.get(j)); j++) {
                clause.append(words.get(j)).append(' ');
            }
            List<String> after = normalizer.terms(clause.toString());
            if (!after.isEmpty() && claimTerms.contains(after.get(0))) {
                return true;
            }
        }
        return false;
    }

    /** True when the word before the cue is a negation (negation-words.txt). */
    private static boolean negated(String sentence, PhraseMatcher.Match cue) {
        List<String> before = words(sentence.substring(0, cue.start()));
        return !before.isEmpty() && NEGATIONS.contains(before.get(before.size() - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The scopes of a sentence's debunking words (debunk-cues.txt), each read as a denial's: "a
     * fake Fox News website" calls a website fake, "the story is fake" what the article said
     * before ({@link #anaphoric}). Empty when it has none.
     */
    public static List<DenialScope> debunked(String sentence) {
        return DEBUNKS.findAll(sentence).stream().map(m -> of(sentence, m)).toList();
    }

    private static DenialScope of(String sentence, PhraseMatcher.Match denial) {
        // A cue with a gap ("no ... coordination") holds the denied thing after its first words.
        String phrase = denial.phrase();
        int gap = phrase.indexOf(GAP);
        StringBuilder denied = new StringBuilder();
        if (gap >= 0) {
            List<String> matched = words(sentence.substring(denial.start(), denial.end()));
            int leading = words(phrase.substring(0, gap)).size();
            denied.append(String.join(" ", matched.subList(leading, matched.size()))).append(' ');
        }
        List<String> after = words(sentence.substring(denial.end()));
        int i = 0;
        boolean leadingWords = gap < 0;
        for (; i < after.size(); i++) {
            String role = ROLES.get(after.get(i).toLowerCase(Locale.ROOT));
            if (leadingWords && LEAD.equals(role)) {
                continue;
            }
            leadingWords = false;
            if (CONTRAST.equals(role) || END.equals(role) || isPunctuation(after.get(i))) {
                break;
            }
            denied.append(after.get(i)).append(' ');
        }
        TermNormalizer terms = TermNormalizer.standard();
        Set<String> focus = new LinkedHashSet<>(terms.terms(denied.toString()));
        return new DenialScope(focus, focus.isEmpty(), conceded(after, i));
    }

    /** What follows the denial's contrast, when a confirmation cue starts it. */
    private static Set<String> conceded(List<String> after, int from) {
        int contrast = from;
        while (contrast < after.size() && !CONTRAST.equals(ROLES.get(after.get(contrast).toLowerCase(Locale.ROOT)))) {
            contrast++;
        }
        if (contrast >= after.size()) {
            return Set.of();
        }
        String rest = String.join(" ", after.subList(contrast + 1, after.size()));
        List<PhraseMatcher.Match> confirmations = CONFIRMATIONS.findAll(rest);
        if (confirmations.isEmpty() || confirmations.get(0).start() > 0) {
            return Set.of();
        }
        return new LinkedHashSet<>(TermNormalizer.standard().terms(rest.substring(confirmations.get(0).end())));
    }

    private static List<String> words(String text) {
        Matcher m = TOKEN.matcher(text);
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static boolean isPunctuation(String token) {
        return !Character.isLetterOrDigit(token.codePointAt(0));
    }

    /** True when what the denial names is in these (a claim's) terms. */
    public boolean denies(Set<String> claimTerms) {
        return focus.stream().anyMatch(claimTerms::contains);
    }

    /** True when the sentence confirms one of these terms. */
    public boolean concedes(Set<String> claimTerms) {
        return conceded.stream().anyMatch(claimTerms::contains);
    }
}
