package org.credibility.features.text;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a crawled body (HTML, markdown-ish page text or plain text) into plain text lines:
 * markup removed (and with HTML, the page chrome its markup names: {@link PageChrome}),
 * whitespace normalised, blank lines kept (they separate layout blocks).
 * Knows nothing about what the lines mean; {@link TextCleaner} and {@link org.credibility.features.claims.OriginDetector} do.
 */
public final class Markup {

    /** Bodies beyond this many characters are cut before any work: a page is never that long. */
    static final int MAX_INPUT_CHARS = 1_000_000;

    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:html|head|body|p|div|br|span|a|h[1-6]|article|section|li|ul|ol|table|script|style|img|em|strong|b|i|figure)\\b[^>]{0,2000}>"
                    + "|</[a-z][a-z0-9]{0,15}\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_ENTITY = Pattern.compile("&(?:[a-zA-Z]{2,10}|#\\d{2,7}|#x[0-9a-fA-F]{2,6});");
    /** Elements whose content a reader never reads as text: code, frames, form controls. Page chrome: {@link PageChrome}. */
    private static final String NON_TEXT_ELEMENTS =
            "script, style, noscript, template, iframe, svg, button, select, textarea, head";

    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,500}]\\([^)\\n]{0,2000}\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]\\n]{1,500})]\\([^)\\s]{0,2000}(?:\\s+\"[^\"\\n]{0,300}\")?\\)");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern MD_RULE = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,}|={3,})$");
    private static final Pattern MD_QUOTE = Pattern.compile("^>\\s?");
    /** Emphasis markers at a word's edge ("*text*", "**Bold:**"), not a star inside a word. */
    private static final Pattern MD_EMPHASIS = Pattern.compile(
            "(?<![\\p{L}\\p{N}*])\\*{1,3}(?=[^\\s*])|(?<=[^\\s*])\\*{1,3}(?![\\p{L}\\p{N}*])");

    private Markup() {}

    /** Plain text lines joined by '\n', and the repair codes of what was removed. */
    public record Plain(String text, Set<String> repairs) {}

    public static Plain toPlain(String raw) {
        Set<String> repairs = new LinkedHashSet<>();
        if (raw == null || raw.isBlank()) {
            return new Plain("", repairs);
        }
        String text = raw.length() > MAX_INPUT_CHARS ? raw.substring(0, MAX_INPUT_CHARS) : raw;
        if (HTML_TAG.matcher(text).find()) {
            text = htmlToText(text, repairs);
        } else if (HTML_ENTITY.matcher(text).find()) {
            text = Parser.unescapeEntities(text, false);
            repairs.add("entities_decoded");
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String line : normaliseWhitespace(text).split("\n", -1)) {
            out.append(stripMarkdown(line, repairs)).append('\n');
        }
        return new Plain(out.toString().strip(), repairs);
    }

    /**
     * One pass over the text (a hand loop: it runs on every byte of every page): line breaks of
     * any kind become '\n', runs of other white space (tabs, no-break and typographic spaces) one
     * space, invisible characters (zero-width, soft hyphen, BOM) vanish, and lines are trimmed.
     */
    private static String normaliseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append('\n');
                pendingSpace = false;
            } else if (isInvisible(c)) {
                continue;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
            } else {
                boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
                if (pendingSpace && !lineStart) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Each markdown rule is tried only on lines holding its marker character: most lines hold none. */
    private static String stripMarkdown(String line, Set<String> repairs) {
        if (line.isEmpty()) {
            return line;
        }
        if (MD_RULE.matcher(line).matches()) {
            repairs.add("markdown_formatting");
            return "";
        }
        String out = line;
        if (out.indexOf('[') >= 0) {
            out = replaceCounting(MD_IMAGE, out, "", repairs, "markdown_formatting");
            out = replaceCounting(MD_LINK, out, "$1", repairs, "markdown_links");
        }
        char first = out.isEmpty() ? ' ' : out.charAt(0);
        if (first == '#') {
            out = replaceCounting(MD_HEADING, out, "", repairs, "markdown_formatting");
        } else if (first == '>') {
            out = replaceCounting(MD_QUOTE, out, "", repairs, "markdown_formatting");
        }
        if (out.indexOf('*') >= 0) {
            out = replaceCounting(MD_EMPHASIS, out, "", repairs, "markdown_formatting");
        }
        return out.strip();
    }

    private static String replaceCounting(Pattern pattern, String line, String replacement,
                                          Set<String> repairs, String repair) {
        Matcher m = pattern.matcher(line);
        if (!m.find()) {
            return line;
        }
        repairs.add(repair);
        return m.replaceAll(replacement);
    }

    private static String htmlToText(String html, Set<String> repairs) {
        repairs.add("html_stripped");
        Document doc = Jsoup.parse(html);
        doc.select(NON_TEXT_ELEMENTS).remove();
        PageChrome.removeFrom(doc.body(), repairs);
        if (!doc.select("figcaption").remove().isEmpty()) {
            repairs.add("captions_removed");
        }
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new BlockAwareText(out), doc.body());
        return out.toString();
    }

    /** Text of an HTML tree with a blank line around each block element and '\n' for {@code <br>}. */
    private record BlockAwareText(StringBuilder out) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                out.append(textNode.text());
            } else if (node instanceof Element element) {
                if (element.nameIs("br")) {
                    out.append('\n');
                } else if (element.isBlock()) {
                    out.append("\n\n");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                out.append("\n\n");
            }
        }
    }
}
