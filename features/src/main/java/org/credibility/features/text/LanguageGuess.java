package org.credibility.features.text;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a clean text is English, well enough to decide if the English cue lists and sentence
 * model apply: most letters must be Latin script, and English function words (the stopword list)
 * must make up a fair share of the words, as they do in any English prose (about 40-50%; in
 * French, German or Spanish prose under 10%). Texts too short to tell count as English.
 */
public final class LanguageGuess {

    /** Below this many words the guess is not made. */
    static final int MIN_WORDS = 20;
    static final double MIN_LATIN_LETTERS = 0.5;
    static final double MIN_STOPWORD_SHARE = 0.15;

    private LanguageGuess() {}

    /** Empty when the text reads as English (or is too short to tell); else why it does not. */
    public static Optional<String> notEnglish(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        long letters = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
            i += Character.charCount(cp);
        }
        int words = 0;
        int stopwords = 0;
        for (String word : Tokenizer.lookupWords(text)) {
            words++;
            if (Stopwords.contains(word)) {
                stopwords++;
            }
        }
        if (words < MIN_WORDS) {
            return Optional.empty();
        }
        if (latin < letters * MIN_LATIN_LETTERS) {
            return Optional.of(String.format(Locale.ROOT, "%d%% of letters are not Latin script",
                    Math.round(100.0 * (letters - latin) / letters)));
        }
        if (stopwords < words * MIN_STOPWORD_SHARE) {
            return Optional.of(String.format(Locale.ROOT, "%d%% English function words, expected at least %d%%",
                    Math.round(100.0 * stopwords / words), Math.round(100 * MIN_STOPWORD_SHARE)));
        }
        return Optional.empty();
    }
}
