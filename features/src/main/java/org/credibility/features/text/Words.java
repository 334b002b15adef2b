package org.credibility.features.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level helpers shared by the extractors, over {@link Tokenizer}'s words: capitalised spans
 * (candidate proper names), possessives, abbreviations and sentence-shape tests.
 */
public final class Words {

    /** Closing quotes and brackets that may follow a sentence's final punctuation. */
    private static final Pattern TRAILING_CLOSERS = Pattern.compile("[\"'”’»)\\]]+$");
    /** Between two words of one name: spaces and nothing else (quotes, commas, brackets end a name). */
    private static final Pattern NAME_GAP = Pattern.compile(" +");
    private static final Pattern ABBREVIATION_GAP = Pattern.compile("\\. +");

    private static final Set<String> CONNECTORS = Set.copyOf(Lexicon.lowerCaseEntries("name-connectors"));
    private static final Set<String> ARTICLE_PREFIXES = Set.copyOf(Lexicon.lowerCaseEntries("arabic-article-prefixes"));
    private static final Set<String> CALENDAR = union(
            Lexicon.lowerCaseEntries("months"), Lexicon.lowerCaseEntries("weekdays"));
    private static final Set<String> TITLES = Set.copyOf(Lexicon.lowerCaseEntries("person-titles"));
    private static final Set<String> ABBREVIATIONS = Set.copyOf(Lexicon.lowerCaseEntries("abbreviations"));
    private static final Pattern LAST_WORD_WITH_PERIOD = Pattern.compile("([\\p{L}][\\p{L}.]*)\\.[\"'”’)]*$");

    private Words() {}

    /** A run of capitalised words read as one name; {@code text} has any possessive "'s" removed. */
    public record Span(String text, int firstToken, int lastToken) {}

    /** True when the text ends like a sentence: '.', '!', '?', '…' or ':' (before any closing quotes). */
    public static boolean endsSentence(String text) {
        String s = TRAILING_CLOSERS.matcher(text.strip()).replaceAll("");
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…' || last == ':';
    }

    static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    public static boolean isTitle(String lowerWord) {
        return TITLES.contains(lowerWord);
    }

    /** "Lt", "Jan", "U.S", "V" (an initial): a word whose period does not end a sentence. */
    static boolean isAbbreviation(String word) {
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The abbreviation whose period ends the text ("Lt" in "… Russian Lt."), or null. */
    static String finalAbbreviation(String text) {
        Matcher m = LAST_WORD_WITH_PERIOD.matcher(text);
        return m.find() && isAbbreviation(m.group(1)) ? m.group(1) : null;
    }

    private static Set<String> union(List<String> first, List<String> second) {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }

    /** "Russia", "ISIS", "Su-34", and "al-Bab"/"ez-Zor" (an Arabic article before a capitalised name). */
    static boolean isCapitalised(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(word.codePointAt(0))) {
            return true;
        }
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length()
                && ARTICLE_PREFIXES.contains(word.substring(0, hyphen).toLowerCase(Locale.ROOT))
                && Character.isUpperCase(word.codePointAt(hyphen + 1));
    }

    /** A month or weekday name ("january", "jan", "monday"). */
    static boolean isCalendarWord(String lowerWord) {
        return CALENDAR.contains(lowerWord);
    }

    /** "The", "But", "It's" (not "US", which is a name written in capitals). */
    private static boolean isCapitalisedStopword(String word) {
        String bare = withoutPossessive(word);
        boolean allCapitals = bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT));
        return !allCapitals && Stopwords.contains(bare.toLowerCase(Locale.ROOT));
    }

    /** Ends in "'s" or "’s" (either case), as the regex {@code ['’]s$} finds it. */
    static boolean isPossessive(String word) {
        return possessiveStart(word) >= 0;
    }

    public static String withoutPossessive(String word) {
        int start = possessiveStart(word);
        return start < 0 ? word : word.substring(0, start) + word.substring(start + 2);
    }

    /**
     * Where a final "'s" starts, or -1. Like the regex's {@code $}, before a final line terminator
     * too. Not a regex: it runs on every word of every text linked or judged.
     */
    private static int possessiveStart(String word) {
        int end = word.length();
        if (end > 0 && isLineTerminator(word.charAt(end - 1))) {
            end -= end > 1 && word.charAt(end - 1) == '\n' && word.charAt(end - 2) == '\r' ? 2 : 1;
        }
        if (end < 2) {
            return -1;
        }
        char apostrophe = word.charAt(end - 2);
        char s = word.charAt(end - 1);
        return (apostrophe == '\'' || apostrophe == '’') && (s == 's' || s == 'S') ? end - 2 : -1;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Maximal runs of capitalised words, allowing connectors between them ("Ministry of
     * Defence of the Russian Federation") and abbreviation periods inside ("Lt. Gen. Sergei
     * Rudskoy", "Andrew V. Pestano"). A possessive ends its span ("Russia's Khmeimim Air Base"
     * gives "Russia" and "Khmeimim Air Base").
     */
    public static List<Span> capitalisedSpans(String text, List<Tokenizer.Token> tokens) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isCapitalised(tokens.get(i).text())) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            while (!isPossessive(tokens.get(last).text())) {
                int next = nextNameWord(text, tokens, last);
                if (next < 0) {
                    break;
                }
                last = next;
            }
            i = last + 1;
            // "The Pentagon", "But Sputnik", "Monday Sputnik": a function word or a date starts no name
            while (first <= last && (isCapitalisedStopword(tokens.get(first).text()) || isCalendarWord(tokens.get(first).lower()))) {
                first++;
            }
            if (first <= last) {
                spans.add(spanOf(text, tokens, first, last));
            }
        }
        return spans;
    }

    /** Index of the next capitalised word that continues the name ending at {@code last}, or -1. */
    private static int nextNameWord(String text, List<Tokenizer.Token> tokens, int last) {
        int j = last + 1;
        int bridged = 0;
        // connectors ("of", "of the", "al") may bridge to the next capitalised word
        while (j < tokens.size() && bridged < 3 && joined(text, tokens, j - 1, j)) {
            Tokenizer.Token token = tokens.get(j);
            boolean lower = Character.isLowerCase(token.text().codePointAt(0));
            boolean bridge = lower && (CONNECTORS.contains(token.lower()) || (bridged > 0 && token.lower().equals("the")));
            if (!bridge) {
                break;
            }
            j++;
            bridged++;
        }
        if (j >= tokens.size() || !isCapitalised(tokens.get(j).text()) || !joined(text, tokens, j - 1, j)) {
            return -1;
        }
        return j;
    }

    /** Whether two adjacent tokens belong to one name: only spaces between them, or an abbreviation's period. */
    private static boolean joined(String text, List<Tokenizer.Token> tokens, int left, int right) {
        Tokenizer.Token a = tokens.get(left);
        String gap = text.substring(a.end(), tokens.get(right).start());
        if (NAME_GAP.matcher(gap).matches()) {
            return true;
        }
        return isAbbreviation(a.text()) && ABBREVIATION_GAP.matcher(gap).matches();
    }

    private static Span spanOf(String text, List<Tokenizer.Token> tokens, int first, int last) {
        Tokenizer.Token a = tokens.get(first);
        Tokenizer.Token b = tokens.get(last);
        String raw = text.substring(a.start(), b.end());
        return new Span(withoutPossessive(raw), first, last);
    }
}
