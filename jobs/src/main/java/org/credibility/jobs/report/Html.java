package org.credibility.jobs.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Plain HTML building for the run report and notebooks: escaping, tables, numbers. No Spark. */
public final class Html {
    private Html() {
    }

    /** Escapes text for an element body or a quoted attribute. Null is the empty string. */
    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = String.valueOf(value);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A table: a header row and body rows of cells. Cells are escaped text; a {@link Raw} cell is
     * inserted as is. Numbers are right-aligned; doubles show 3 decimals; lists are joined by ", ".
     */
    public static String table(List<String> header, List<List<?>> rows) {
        StringBuilder b = new StringBuilder("<table>\n<thead><tr>");
        for (String h : header) {
            b.append("<th>").append(escape(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<?> row : rows) {
            b.append("<tr>");
            for (Object cell : row) {
                b.append(cell instanceof Number ? "<td class=\"num\">" : "<td>").append(cell(cell)).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }

    /** HTML that a table cell takes as is. */
    public record Raw(String html) {
    }

    static String cell(Object value) {
        if (value instanceof Raw raw) {
            return raw.html();
        }
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue(), 3);
        }
        if (value instanceof List<?> list) {
            return escape(list.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return escape(value);
    }

    /** A number with a fixed count of decimals, '.' as separator whatever the locale; NaN as "–". */
    public static String number(double value, int decimals) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A percentage with one decimal ("12.5%"). */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }
}
