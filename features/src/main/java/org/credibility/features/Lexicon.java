package org.credibility.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
final class Lexicon {

    private static final String BASE = "/org/credibility/features/";
    private static final String MAPPING_ARROW = "=>";
    private static final Pattern LIST_REFERENCE = Pattern.compile("\\{\\{([a-z0-9-]+)}}");

    /** Regex flags used by every pattern file; a pattern can opt out with an inline {@code (?-i)}. */
    static final int PATTERN_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

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
    static List<String> lowerCaseEntries(String name) {
        return entries(name).stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * Entries of the form {@code key => value}; keys are lower-cased, the first mapping of a key
     * wins. Insertion order is kept.
     */
    static Map<String, String> mapping(String name) {
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

    /** A non-capturing alternation of the quoted entries of a list, longest first. */
    static String alternation(String name) {
        return entries(name).stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
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
