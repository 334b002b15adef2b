package org.credibility.jobs.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The word lists and templates of the synthetic corpus, loaded from the resources beside this
 * class (made up for the generator; see the README there). One entry a line, {@code #} comments.
 */
record Vocabulary(List<String> outlets, List<String> firstNames, List<String> syllables, List<String> agencies,
                  List<String> events, List<String> companySuffixes, List<List<String>> facts, List<String> hedges, List<String> attributions,
                  List<String> denials, List<String> originLines, List<String> fillers, List<String> boilerplate, List<String> comments) {

    static Vocabulary standard() {
        List<String> outlets = new ArrayList<>();
        for (String prefix : entries("outlet-prefixes")) {
            for (String masthead : entries("outlet-mastheads")) {
                outlets.add(prefix + " " + masthead);
            }
        }
        List<List<String>> facts = entries("facts").stream().map(line -> List.of(line.split("\\s*\\|\\s*"))).toList();
        for (List<String> wordings : facts) {
            if (wordings.size() != 3) {
                throw new IllegalStateException("facts.txt: every line needs three wordings: " + wordings);
            }
        }
        return new Vocabulary(List.copyOf(outlets), entries("first-names"), entries("syllables"), entries("agencies"),
                entries("events"), entries("company-suffixes"), facts, entries("hedges"), entries("attributions"),
                entries("denials"), entries("origin-lines"),
                entries("fillers"), entries("boilerplate"), entries("comments"));
    }

    private static List<String> entries(String name) {
        String resource = name + ".txt";
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
