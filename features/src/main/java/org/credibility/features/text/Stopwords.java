package org.credibility.features.text;

import java.util.Set;

/**
 * The English stopword list ({@code stopwords.txt}: NLTK's English list and a hand-added section
 * of reporting verbs, modals and sentence adverbs), loaded once for every caller: similarity
 * terms leave these words out ({@link TermNormalizer}), they start no name ({@link Words}), end the
 * search for a number's unit, and their share of a text's words tells English prose from other
 * languages ({@link LanguageGuess}).
 */
public final class Stopwords {

    private static final Set<String> LIST = Set.copyOf(Lexicon.lowerCaseEntries("stopwords"));

    private Stopwords() {}

    /**
     * Whether a lower-case word is on the list. Contractions are listed with a straight
     * apostrophe ("don't"): replace a typographic one (’) before asking.
     */
    public static boolean contains(String lowerWord) {
        return LIST.contains(lowerWord);
    }
}
