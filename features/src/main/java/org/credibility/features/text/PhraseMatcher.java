package org.credibility.features.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds listed phrases in text as whole words, case-insensitively, with one compiled regex for
 * the whole list (one pass per text however long the list). In a phrase, {@code ...} stands for
 * up to three words in between, and an apostrophe matches either ' or ’. At one position the
 * longest phrase wins; matches never overlap.
 */
public final class PhraseMatcher {

    /** A phrase found in a text: the phrase as listed, and where the text matched it. */
    public record Match(String phrase, int start, int end) {}

    private static final String GAP_TOKEN = "...";
    private static final String GAP = "(?:\\s+[\\p{L}\\p{N}'’\\-]+){0,3}\\s+";

    /** The phrases in the order of the pattern's capturing groups: group g matches phrases.get(g - 1). */
    private final List<String> phrases;
    private final Pattern pattern;

    /** One pattern for the list, its phrases grouped as {@link Lexicon#byFirstCharacter} says. */
    public PhraseMatcher(List<String> phrases) {
        List<String> longestFirst = phrases.stream()
                .filter(p -> !p.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        List<String> inGroupOrder = new ArrayList<>();
        StringJoiner groups = new StringJoiner("|");
        for (List<String> group : Lexicon.byFirstCharacter(longestFirst)) {
            StringJoiner alternatives = new StringJoiner("|");
            for (String phrase : group) {
                alternatives.add("(" + toRegex(phrase) + ")");
                inGroupOrder.add(phrase);
            }
            groups.add(Lexicon.firstCharacterLookahead(group) + "(?:" + alternatives + ")");
        }
        this.phrases = List.copyOf(inGroupOrder);
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + groups + ")(?![\\p{L}\\p{N}])",
                Lexicon.PATTERN_FLAGS);
    }

    /** All matches in order of position. */
    public List<Match> findAll(String text) {
        List<Match> matches = new ArrayList<>();
        if (text == null || phrases.isEmpty()) {
            return matches;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            matches.add(new Match(phrases.get(matchedGroup(m) - 1), m.start(), m.end()));
        }
        return matches;
    }

    private static int matchedGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) >= 0) {
                return g;
            }
        }
        throw new IllegalStateException("a match without a phrase group");
    }

    private static String toRegex(String phrase) {
        StringBuilder regex = new StringBuilder();
        String[] words = phrase.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.equals(GAP_TOKEN)) {
                continue;
            }
            if (i > 0) {
                regex.append(words[i - 1].equals(GAP_TOKEN) ? GAP : "\\s+");
            }
            regex.append(Pattern.quote(word).replace("'", "\\E['’]\\Q"));
        }
        return regex.toString();
    }
}
