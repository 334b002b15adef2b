package org.credibility.features.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Text → distinct topic terms, for similarity and linking: lower-cased, possessives and
 * punctuation dropped (hyphenated words split), stopwords dropped, names and synonyms mapped to
 * one term (term-aliases.txt: ISIL/Daesh/Islamic State → "isis", airstrikes/bombed → "strike"),
 * other words lightly stemmed. Terms are in order of first appearance. Thread-safe.
 */
public final class TermNormalizer {

    private static final int MIN_TERM_CHARS = 2;

    /** After the other statics: the instance is built from them. */
    private static final TermNormalizer STANDARD = new TermNormalizer();

    private final Map<String, String> aliases = Lexicon.mapping("term-aliases");
    /** Aliases of several words or with punctuation ("islamic state", "u.s."), replaced in the text first. */
    private final PhraseMatcher phraseAliases = new PhraseMatcher(aliases.keySet().stream()
            .filter(alias -> !Tokenizer.isOnePiece(alias))
            .toList());

    private TermNormalizer() {}

    public static TermNormalizer standard() {
        return STANDARD;
    }

    public List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> terms = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int from = 0;
        for (PhraseMatcher.Match phrase : phraseAliases.findAll(lower)) {
            addWords(lower.substring(from, phrase.start()), terms);
            terms.add(aliases.get(phrase.phrase()));
            from = phrase.end();
        }
        addWords(lower.substring(from), terms);
        return List.copyOf(terms);
    }

    /**
     * The words of a text, as the regex {@code [\p{L}\p{N}]+(?:['’]\p{L}+)?} finds them (letters and
     * digits, and an apostrophe before letters: "russia's", "don't"), scanned by hand: every
     * sentence of every linked article is normalised. Not {@link Tokenizer#tokens}, on purpose: a
     * term is a piece of a hyphenated or dotted word ("al-Bab" → al, bab) with one apostrophe's
     * letters kept on it, for the possessive to be dropped and a contraction found in the stopwords.
     */
    private void addWords(String lowerText, Set<String> terms) {
        int n = lowerText.length();
        int i = 0;
        while (i < n) {
            int c = lowerText.codePointAt(i);
            if (!Tokenizer.isWordCharacter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && Tokenizer.isWordCharacter(c = lowerText.codePointAt(i))) {
                i += Character.charCount(c);
            }
            if (i + 1 < n && (lowerText.charAt(i) == '\'' || lowerText.charAt(i) == '’')
                    && Character.isLetter(lowerText.codePointAt(i + 1))) {
                i++;
                while (i < n && Character.isLetter(c = lowerText.codePointAt(i))) {
                    i += Character.charCount(c);
                }
            }
            addWord(lowerText.substring(start, i), terms);
        }
    }

    private void addWord(String written, Set<String> terms) {
        String word = Words.withoutPossessive(written).replace('’', '\'');
        if (word.length() >= MIN_TERM_CHARS && !Stopwords.contains(word)) {
            terms.add(term(word));
        }
    }

    /** The alias of the word as written, else of its plural-stripped form, else of its stem, else the stem. */
    String term(String word) {
        String alias = aliases.get(word);
        if (alias != null) {
            return alias;
        }
        String singular = Stemmer.withoutPlural(word);
        alias = aliases.get(singular);
        if (alias != null) {
            return alias;
        }
        String stem = Stemmer.stem(singular);
        return aliases.getOrDefault(stem, stem);
    }

    /**
     * Light suffix stemming: Harman's (1991) "S" stemmer for plurals, then "-ing"/"-ed" and a
     * final "e" removed, so "release", "released", "releases" and "releasing" meet at "releas".
     */
    static final class Stemmer {
        private static final int MIN_ING_WORD = 6;
        private static final int MIN_ED_WORD = 5;
        private static final int MIN_E_WORD = 5;

        private Stemmer() {}

        static String withoutPlural(String w) {
            if (w.length() <= 3) {
                return w;
            }
            if (w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
                return w.substring(0, w.length() - 3) + "y";
            }
            if (w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) {
                return w.substring(0, w.length() - 1);
            }
            if (w.endsWith("s") && !w.endsWith("us") && !w.endsWith("ss") && !w.endsWith("is")) {
                return w.substring(0, w.length() - 1);
            }
            return w;
        }

        static String stem(String w) {
            String s = w;
            if (s.length() >= MIN_ING_WORD && s.endsWith("ing")) {
                s = undouble(s.substring(0, s.length() - 3));
            } else if (s.length() >= MIN_ED_WORD && s.endsWith("ed") && !s.endsWith("eed")) {
                s = undouble(s.substring(0, s.length() - 2));
            }
            if (s.length() >= MIN_E_WORD && s.endsWith("e")) {
                s = s.substring(0, s.length() - 1);
            }
            return s;
        }

        /** "hitt" → "hit", "bomb" stays: a doubled final consonant left by "-ing"/"-ed". */
        private static String undouble(String s) {
            int n = s.length();
            if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdfgmnprt".indexOf(s.charAt(n - 1)) >= 0) {
                return s.substring(0, n - 1);
            }
            return s;
        }
    }
}
