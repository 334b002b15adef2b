package org.credibility.features.claims;

import org.credibility.features.text.Tokenizer;
import org.credibility.features.text.Words;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Actors: the proper names a sentence mentions ("Russian Defense Ministry", "Turkish Armed
 * Forces", "US Air Force Colonel John Dorrian", "Deir Ezzor"), read as capitalised spans (see
 * {@link Words#capitalisedSpans}, which leave out dates and leading function words). A sentence's first word is capitalised
 * anyway, so alone it counts only if the article also writes it capitalised elsewhere, or never
 * writes it in lower case and it is not shaped like a gerund or adverb ("Airstrikes reportedly
 * destroyed …" has no actor "Airstrikes" when the article also says "airstrikes"). Thread-safe.
 */
final class ActorExtractor {

    private ActorExtractor() {}

    /** What the article's other sentences say about how a word is written. */
    record Vocabulary(Set<String> lowerCase, Set<String> capitalisedInside) {

        /** The words written in lower case anywhere, and those capitalised other than as a sentence's first word. */
        static Vocabulary of(List<String> sentences) {
            Set<String> lower = new HashSet<>();
            Set<String> capitalised = new HashSet<>();
            for (String sentence : sentences) {
                List<Tokenizer.Token> tokens = Tokenizer.tokens(sentence);
                for (int i = 0; i < tokens.size(); i++) {
                    String word = tokens.get(i).text();
                    if (Character.isLowerCase(word.codePointAt(0))) {
                        lower.add(Words.withoutPossessive(word).toLowerCase(Locale.ROOT));
                    } else if (i > 0) {
                        capitalised.add(Words.withoutPossessive(word).toLowerCase(Locale.ROOT));
                    }
                }
            }
            return new Vocabulary(Set.copyOf(lower), Set.copyOf(capitalised));
        }

        private boolean readsAsName(String firstWord) {
            String bare = Words.withoutPossessive(firstWord);
            String lower = bare.toLowerCase(Locale.ROOT);
            boolean allCapitals = bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT));
            // never written in lower case: a name, unless it has the shape of a gerund or adverb ("Capturing", "Meanwhile")
            boolean commonShape = lower.endsWith("ing") || lower.endsWith("ly");
            return allCapitals || capitalisedInside.contains(lower) || (!lowerCase.contains(lower) && !commonShape);
        }
    }

    static List<String> actors(String sentence, Vocabulary vocabulary) {
        Set<String> actors = new LinkedHashSet<>();
        if (sentence == null || sentence.isBlank()) {
            return List.of();
        }
        List<Tokenizer.Token> tokens = Tokenizer.tokens(sentence);
        for (Words.Span span : Words.capitalisedSpans(sentence, tokens)) {
            boolean sentenceInitialWord = span.firstToken() == 0 && span.lastToken() == 0;
            if (!sentenceInitialWord || vocabulary.readsAsName(tokens.get(0).text())) {
                actors.add(span.text());
            }
        }
        return List.copyOf(actors);
    }
}
