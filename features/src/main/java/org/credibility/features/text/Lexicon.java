package org.credibility.features.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one loader for every data file under {@code org/credibility/features/}: word lists, alias
 * maps and regular-expression lists. Files are UTF-8, one entry a line; a line whose first
 * non-blank character is {@code #} is a comment, blank lines are ignored, entries are trimmed.
 *
 * <p>Pattern files may name another list as {@code {{name}}}: it is replaced by a
 * non-capturing alternation of that list's entries (quoted), so e.g. month names live in one
 * file and every date pattern reuses them.
 */
public final class Lexicon {

    private static final String BASE = "/org/credibility/features/";
    private static final String MAPPING_ARROW = "=>";
    private static final Pattern LIST_REFERENCE = Pattern.compile("\\{\\{([a-z0-9-]+)}}");

    /** Regex flags used by every pattern file; a pattern can opt out with an inline {@code (?-i)}. */
    public static final int PATTERN_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private Lexicon() {}

    /** The entries of {@code name}.txt in file order. */
    static List<String> entries(String name) {
        String resource = BASE + name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> entries = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }

    /** Entries of {@code name}.txt, lower-cased (for set look-ups). */
    public static List<String> lowerCaseEntries(String name) {
        return entries(name).stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * Entries of the form {@code key => value}; keys are lower-cased, the first mapping of a key
     * wins. Insertion order is kept.
     */
    public static Map<String, String> mapping(String name) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : entries(name)) {
            int arrow = entry.indexOf(MAPPING_ARROW);
            if (arrow <= 0) {
                throw new IllegalStateException(name + ".txt: expected 'key => value' but got: " + entry);
            }
            String key = entry.substring(0, arrow).strip().toLowerCase(Locale.ROOT);
            String value = entry.substring(arrow + MAPPING_ARROW.length()).strip();
            map.putIfAbsent(key, value);
        }
        return map;
    }

    /** Each entry of {@code name}.txt compiled as a regular expression (case-insensitive). */
    static List<Pattern> patterns(String name) {
        return entries(name).stream()
                .map(entry -> Pattern.compile(expandListReferences(entry), PATTERN_FLAGS))
                .toList();
    }

    /**
     * A non-capturing alternation of the quoted entries of a list, longest first, for a pattern
     * compiled with {@link #PATTERN_FLAGS}; grouped as {@link #byFirstCharacter} says.
     */
    public static String alternation(String name) {
        List<String> longestFirst = entries(name).stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        return byFirstCharacter(longestFirst).stream()
                .map(group -> firstCharacterLookahead(group)
                        + group.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")")))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * Non-empty texts grouped by first character as a {@link #PATTERN_FLAGS} pattern compares it
     * (an apostrophe and ’ together), in order within each group. For alternations: Java's regex
     * engine tries every branch at every position, each compared case-insensitively, so a list's
     * alternation is written as one branch per group behind {@link #firstCharacterLookahead}.
     * Only one group can match at a position, and within it the order is kept, so the pattern
     * matches what the plain alternation matches.
     */
    static Collection<List<String>> byFirstCharacter(List<String> texts) {
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        for (String text : texts) {
            if (!text.isEmpty()) {
                groups.computeIfAbsent(caseFolded(text.codePointAt(0)), c -> new ArrayList<>()).add(text);
            }
        }
        return groups.values();
    }

    /** A lookahead for where one of the texts could start (an apostrophe admits ’ too). */
    static String firstCharacterLookahead(List<String> texts) {
        return texts.stream()
                .map(t -> t.codePointAt(0))
                .distinct()
                .map(c -> String.format(Locale.ROOT, c == '\'' ? "\\x{%x}\\x{2019}" : "\\x{%x}", c))
                .collect(Collectors.joining("", "(?=[", "])"));
    }

    private static int caseFolded(int codePoint) {
        return codePoint == '’' ? '\'' : Character.toLowerCase(Character.toUpperCase(codePoint));
    }

    private static String expandListReferences(String pattern) {
        Matcher m = LIST_REFERENCE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(alternation(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
