package org.credibility.features.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one word tokenizer: how every part of the project splits a text into words.
 *
 * <p><b>The rule.</b> A <em>word character</em> is a letter or a number, as the regex classes
 * {@code \p{L}} and {@code \p{N}} have them ("é", "²", "Ⅻ" included). A <em>word</em> is a run of
 * word characters that goes on across an apostrophe (' or ’), a hyphen or an ampersand between two
 * word characters, and across a dot before a letter: "U.S", "al-Bab", "Tu-22M3", "Russia's",
 * "rock’n’roll", "AT&amp;T" are one word each; "Jan.1" is two; surrounding quotes, dashes and a
 * sentence's final period are not part of a word. As the regex
 * {@code [\p{L}\p{N}](?:[\p{L}\p{N}]|['’&\-](?=[\p{L}\p{N}])|\.(?=\p{L}))*} finds them
 * ({@link #tokens}).
 *
 * <p>A word's <em>pieces</em> are its runs of word characters alone, as {@code [\p{L}\p{N}]+}
 * finds them: "al-Bab" is one word of two pieces, "U.S" one of two. Where punctuation inside a word
 * must not matter, callers read the pieces: word counts ({@link #countPieces}: the length limits
 * of claims, captions and prose lines were set on them) and keys that recognise one text written
 * with different case, punctuation or spacing ({@link #key}).
 *
 * <p>Texts are scanned by hand, by code point (offsets in chars), not by regex: every sentence of
 * every article is tokenised several times.
 */
public final class Tokenizer {

    private Tokenizer() {}

    /** A word and where it stands in its text ({@code start} inclusive, {@code end} exclusive, in chars). */
    public record Token(String text, int start, int end) {
        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** The words of a text, in order; empty for null. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!isWordCharacter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            while (i < n) {
                int next = text.codePointAt(i);
                int after = i + Character.charCount(next) < n ? text.codePointAt(i + Character.charCount(next)) : -1;
                boolean inner = isWordCharacter(next)
                        || ((next == '\'' || next == '’' || next == '&' || next == '-') && after >= 0 && isWordCharacter(after))
                        || (next == '.' && after >= 0 && Character.isLetter(after));
                if (!inner) {
                    break;
                }
                i += Character.charCount(next);
            }
            tokens.add(new Token(text.substring(start, i), start, i));
        }
        return tokens;
    }

    /** A letter, or a digit or other number ("²", "Ⅻ"): the regex classes {@code \p{L}} and {@code \p{N}}. */
    public static boolean isWordCharacter(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** How many pieces the words of a text have ("al-Bab said" counts 3); 0 for null. */
    public static int countPieces(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        boolean inPiece = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean word = isWordCharacter(c);
            if (word && !inPiece) {
                count++;
            }
            inPiece = word;
        }
        return count;
    }

    /** Whether a text is one piece: not empty, word characters only ("isis", not "u.s." or "islamic state"). */
    public static boolean isOnePiece(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(Tokenizer::isWordCharacter);
    }

    /**
     * The pieces of the lower-cased text (Locale.ROOT, lower-cased before it is split), joined by
     * single spaces; "" for null. Texts that differ only in case, punctuation and spacing have one
     * key: "Russia, Turkey: joint strikes!" and "russia turkey joint-strikes" both give
     * "russia turkey joint strikes".
     */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (!isWordCharacter(c)) {
                gap = true;
                continue;
            }
            if (gap && !key.isEmpty()) {
                key.append(' ');
            }
            gap = false;
            key.appendCodePoint(c);
        }
        return key.toString();
    }

    /**
     * The words a text is looked up by in a lower-case word list (stopwords, negations, headline
     * hedging and refuting words): the text lower-cased (Locale.ROOT), ’ read as ', split at
     * everything but letters and apostrophes, as {@code [\p{L}']+} finds them. Not {@link #tokens}:
     * the stance model was trained on these counts and the English guess's shares were set on them;
     * by this rule numbers are no words, a hyphen splits ("no-fly" holds "no") and a quote stays on
     * its word ("'fake'" is not "fake").
     */
    public static List<String> lookupWords(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int c = lower.codePointAt(i);
            if (!isLookupCharacter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && isLookupCharacter(c = lower.codePointAt(i))) {
                i += Character.charCount(c);
            }
            words.add(lower.substring(start, i));
        }
        return words;
    }

    private static boolean isLookupCharacter(int codePoint) {
        return codePoint == '\'' || Character.isLetter(codePoint);
    }
}
