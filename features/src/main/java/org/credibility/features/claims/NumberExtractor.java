package org.credibility.features.claims;

import org.credibility.features.text.Lexicon;
import org.credibility.features.text.Stopwords;
import org.credibility.features.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in a sentence as written ("22", "169", "70-100", "2,500", "six") and the quantities
 * they count. Dates and times are not numbers here: "January 21", "24 January 2017", "Jan. 2",
 * "9:08 am" and a bare year (1900–2099 with no counted noun after it) are left out, because they
 * say when, not how many, and would only add false conflicts between reports. Model names glued
 * to letters ("Su-34", "T-90", "Tu-22M3") and hyphenated adjectives ("six-year") are not
 * numbers either. Thread-safe.
 */
public final class NumberExtractor {

    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final Map<String, String> NUMBER_WORDS = Lexicon.mapping("number-words");
    /**
     * A number in digits (maybe a range) or a whole word, standing alone: not "Su-34", not
     * "six-year". A word is a number if NUMBER_WORDS lists it: one map look-up per word is much
     * faster than trying an alternation of all number words at every position.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}][-–]?|[\\p{N}.,])(?:(?<digits>(?:" + DIGITS + ")(?:\\s?[-–]\\s?(?:" + DIGITS + "))?%?)"
                    + "|(?<word>\\p{L}+))(?![\\p{L}\\p{N}]|[-–]\\p{L})");
    private static final String MONTH = Lexicon.alternation("months") + "\\b\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    /**
     * "January 21", "Jan. 21, 2017", "January 2017", "21 January 2017", "9:08 am". Every form
     * starts at a word boundary, tested once per position, and a month name is tried once for
     * both forms that start with one: the pattern runs over every sentence with a digit.
     */
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\b(?:" + MONTH + "(?:\\s*" + DAY + "\\b(?:,?\\s+\\d{4})?|,?\\s+\\d{4})"
                    + "|" + DAY + "\\s+\\b" + MONTH + "(?:,?\\s+\\d{4})?"
                    + "|\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?)",
            Lexicon.PATTERN_FLAGS);
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern THOUSANDS = Pattern.compile(",(?=\\d{3})");
    private static final Pattern DASHES = Pattern.compile("\\s?[-–]\\s?");

    private static final Set<String> PLURAL_NOUNS = Set.copyOf(Lexicon.lowerCaseEntries("plural-nouns"));
    /** "9 Russian aircraft and 8 Turkish ones": "ones" counts the unit counted just before. */
    private static final String PRO_FORM = "ones";
    /** How many words after a number may lead up to the counted noun ("3 Russian attack aircraft"). */
    private static final int MAX_WORDS_TO_UNIT = 4;

    private NumberExtractor() {}

    /** A number found, as written, with its digits value and where it ends. */
    private record Found(String written, String value, int end) {}

    /** A sentence's numbers as written and the quantities they count, from one pass over it. */
    record Numbers(List<String> written, List<Quantity> quantities) {}

    public static List<String> numbers(String sentence) {
        return read(sentence).written();
    }

    static Numbers read(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return new Numbers(List.of(), List.of());
        }
        List<Tokenizer.Token> tokens = Tokenizer.tokens(sentence);
        List<Found> found = find(sentence, tokens);
        return new Numbers(found.stream().map(Found::written).toList(), quantities(sentence, tokens, found));
    }

    private static List<Quantity> quantities(String sentence, List<Tokenizer.Token> tokens, List<Found> found) {
        List<Quantity> quantities = new ArrayList<>();
        String previousUnit = null;
        for (Found number : found) {
            String unit = unitAfter(sentence, tokens, number.end());
            if (PRO_FORM.equals(unit)) {
                unit = previousUnit;
            }
            if (unit != null) {
                quantities.add(new Quantity(number.value(), unit));
                previousUnit = unit;
            }
        }
        return quantities;
    }

    private static List<Found> find(String sentence, List<Tokenizer.Token> tokens) {
        List<Found> found = new ArrayList<>();
        List<int[]> dates = datesAndTimes(sentence);
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            String word = m.group("word");
            if (word != null && !NUMBER_WORDS.containsKey(word.toLowerCase(Locale.ROOT))
                    || insideAny(dates, m.start()) || isBareYear(m, sentence, tokens)) {
                continue;
            }
            String value = word == null
                    ? DASHES.matcher(THOUSANDS.matcher(m.group("digits")).replaceAll("")).replaceAll("-")
                    : NUMBER_WORDS.get(word.toLowerCase(Locale.ROOT));
            found.add(new Found(m.group(), value, m.end()));
        }
        return found;
    }

    /**
     * Where the sentence's dates and times are. Each of them has a digit, so a sentence without
     * one is not searched.
     */
    private static List<int[]> datesAndTimes(String sentence) {
        List<int[]> dates = new ArrayList<>();
        if (sentence.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return dates;
        }
        Matcher d = DATE_OR_TIME.matcher(sentence);
        while (d.find()) {
            dates.add(new int[] {d.start(), d.end()});
        }
        return dates;
    }

    private static boolean isBareYear(Matcher m, String sentence, List<Tokenizer.Token> tokens) {
        return m.group("digits") != null && YEAR.matcher(m.group("digits")).matches()
                && unitAfter(sentence, tokens, m.end()) == null;
    }

    /**
     * The counted noun after a number: the first lower-case plural within a few words, before any
     * punctuation or function word ("169 combat sorties hitting …" → "sorties").
     */
    private static String unitAfter(String sentence, List<Tokenizer.Token> tokens, int numberEnd) {
        int previousEnd = numberEnd;
        int seen = 0;
        for (Tokenizer.Token token : tokens) {
            if (token.start() < numberEnd) {
                continue;
            }
            if (seen++ >= MAX_WORDS_TO_UNIT || !sentence.substring(previousEnd, token.start()).isBlank()) {
                return null;
            }
            String lower = token.lower();
            if (Stopwords.contains(lower) || NUMBER_WORDS.containsKey(lower)) {
                return null;
            }
            if (Character.isLowerCase(token.text().codePointAt(0)) && isPlural(lower)) {
                return lower;
            }
            previousEnd = token.end();
        }
        return null;
    }

    private static boolean isPlural(String lower) {
        return PLURAL_NOUNS.contains(lower) || lower.equals(PRO_FORM)
                || (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                    && !lower.endsWith("is"));
    }

    private static boolean insideAny(List<int[]> ranges, int position) {
        for (int[] r : ranges) {
            if (position >= r[0] && position < r[1]) {
                return true;
            }
        }
        return false;
    }
}
