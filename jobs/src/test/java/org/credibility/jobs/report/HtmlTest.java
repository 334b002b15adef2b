package org.credibility.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;b&gt;Tom &amp; &quot;Jerry&quot; &#39;s&lt;/b&gt;", Html.escape("<b>Tom & \"Jerry\" 's</b>"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void buildsATableWithNumbersListsAndRawCells() {
        String html = Html.table(List.of("claim", "score", "by", "n", "link"), List.of(
                List.of("a < b", 0.86349, List.of("UPI", "Sputnik"), 3L, new Html.Raw("<a href=\"x\">x</a>"))));
        assertEquals("<table>\n<thead><tr><th>claim</th><th>score</th><th>by</th><th>n</th><th>link</th></tr></thead>\n"
                + "<tbody>\n<tr><td>a &lt; b</td><td class=\"num\">0.863</td><td>UPI, Sputnik</td>"
                + "<td class=\"num\">3</td><td><a href=\"x\">x</a></td></tr>\n</tbody>\n</table>\n", html);
    }

    @Test
    void formatsNumbersWhateverTheLocale() {
        assertEquals("0.50", Html.number(0.5, 2));
        assertEquals("–", Html.number(Double.NaN, 2));
        assertEquals("77.3%", Html.percent(17 / 22.0));
        assertEquals("0.7–0.8", RunReport.binLabel(7));
    }
}
