package org.credibility.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What docs/output.md says each output holds. A section starts with a bold name and a dash
 * ({@code **scores** — one row per claim}) and its first table lists what it holds: a name per
 * row in backticks (a row may name several), and, where the table has a {@code type} column, the
 * type as Spark reads it.
 */
public final class OutputReference {
    public static final Path DOC = Path.of("../docs/output.md");
    private static final Pattern SECTION = Pattern.compile("^\\*\\*([^*]+)\\*\\* — ");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** One section: its rows' names (with their type, or null without a type column) and its text. */
    public record Section(Map<String, String> entries, boolean typed, String text) {
    }

    private OutputReference() {
    }

    /** The sections of docs/output.md by name ({@code articles}, {@code claimreview.jsonl}, …), in order. */
    public static Map<String, Section> read() throws IOException {
        return parse(Files.readAllLines(DOC));
    }

    static Map<String, Section> parse(List<String> lines) {
        Map<String, Section> sections = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher section = SECTION.matcher(lines.get(i));
            if (!section.find()) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            int j = i;
            while (j < lines.size() && !lines.get(j).startsWith("|") && !lines.get(j).startsWith("#")
                    && (j == i || !SECTION.matcher(lines.get(j)).find())) {
                text.append(lines.get(j++)).append('\n');
            }
            Map<String, String> entries = new LinkedHashMap<>();
            boolean typed = false;
            if (j + 1 < lines.size() && lines.get(j + 1).startsWith("| ---")) {
                List<String> header = cells(lines.get(j));
                typed = header.size() > 2 && header.get(1).equals("type");
                for (j += 2; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                    text.append(lines.get(j)).append('\n');
                    List<String> row = cells(lines.get(j));
                    String type = typed ? only(row.get(1), lines.get(j)) : null;
                    for (String name : codes(row.get(0))) {
                        if (entries.put(name, type) != null) {
                            throw new IllegalStateException("docs/output.md names " + name + " twice in " + section.group(1));
                        }
                    }
                }
            }
            sections.put(section.group(1), new Section(entries, typed, text.toString()));
            i = j - 1;
        }
        return sections;
    }

    /** The backticked spans of a cell. */
    static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private static String only(String cell, String line) {
        List<String> codes = codes(cell);
        if (codes.size() != 1) {
            throw new IllegalStateException("docs/output.md: a type cell holds one `type`: " + line);
        }
        return codes.get(0);
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }
}
