package org.credibility.features.text;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiled regexes of one pattern data file, tried one by one in file order.
 */
public final class PatternList {

    private final List<Pattern> patterns;

    private PatternList(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    public static PatternList load(String name) {
        return new PatternList(Lexicon.patterns(name));
    }

    /** Some pattern occurs somewhere in the text. */
    public boolean foundIn(String text) {
        return firstFound(text).isPresent();
    }

    /** Some pattern matches the whole text. */
    boolean matchesAll(String text) {
        return firstMatchingAll(text).isPresent();
    }

    /** Some pattern matches at the start of the text. */
    boolean startsWith(String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The text after what a pattern matches at its start, or the text as it is when none does. */
    public String withoutLeading(String text) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.lookingAt()) {
                return text.substring(m.end());
            }
        }
        return text;
    }

    /** The matcher of the first pattern (in file order) that occurs in the text, positioned on it. */
    public Optional<Matcher> firstFound(String text) {
        return first(text, Matcher::find);
    }

    /** The matcher of the first pattern that matches the whole text. */
    public Optional<Matcher> firstMatchingAll(String text) {
        return first(text, Matcher::matches);
    }

    private Optional<Matcher> first(String text, Predicate<Matcher> test) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (test.test(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
