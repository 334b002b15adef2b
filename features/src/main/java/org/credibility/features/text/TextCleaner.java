package org.credibility.features.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Crawled page text or HTML → the article's own paragraphs.
 *
 * <p>Line by line (after {@link Markup} removed HTML and markdown): the first comment-thread
 * marker or footer marker after some article text cuts the rest of the page; lines equal to the
 * title, bylines, captions and page furniture (the pattern data files) are dropped. Then
 * paragraphs broken by layout are joined, and what is left without sentence-final punctuation
 * (headlines, labels, widgets, menus nobody listed) is dropped too, unless that would leave
 * nothing. Thread-safe and stateless.
 */
public final class TextCleaner {

    /** Lines longer than this are prose: the furniture and caption patterns are not tried on them. */
    private static final int MAX_FURNITURE_CHARS = 400;
    /** A caption line this short is a bare credit ("© Photo: …"); the line right above it is its caption. */
    private static final int MAX_CREDIT_WORDS = 10;
    private static final int MAX_CAPTION_WORDS = 30;
    /** A line this long with sentence punctuation shows that the article text has begun. */
    private static final int MIN_PROSE_WORDS = 8;
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?][\"'”’)]*(?:\\s|$)");

    // hard-wrapped plain text: no line wider than the wrap width, and most longer lines stop mid-sentence
    private static final int MIN_WRAPPED_LINE_CHARS = 40;
    private static final int MAX_WRAP_WIDTH = 100;
    private static final int MIN_WRAPPED_LINES = 5;

    /** After the other statics: the instance is built from them. */
    private static final TextCleaner STANDARD = new TextCleaner();

    private final PatternList commentMarkers = PatternList.load("comment-markers");
    private final PatternList footerMarkers = PatternList.load("footer-markers");
    private final PatternList captions = PatternList.load("caption-patterns");
    private final PatternList bylines = PatternList.load("byline-patterns");
    private final PatternList boilerplate = PatternList.load("boilerplate-lines");

    private TextCleaner() {}

    public static TextCleaner standard() {
        return STANDARD;
    }

    /** What one line of the page is. */
    private enum Kind { COMMENT_MARKER, FOOTER_MARKER, TITLE, CAPTION, BYLINE, BOILERPLATE, TEXT }

    /** A kept line and its position in the page (to tell whether two lines touch). */
    private record Line(String text, int index) {}

    /**
     * @param title   the article's title, may be null; lines equal to it are dropped
     * @param rawBody page text or HTML, may be null or empty
     */
    public CleanResult clean(String title, String rawBody) {
        return cleanPlain(title, Markup.toPlain(rawBody));
    }

    /** For callers that already turned the body into plain text. */
    public CleanResult cleanPlain(String title, Markup.Plain plain) {
        Set<String> repairs = new LinkedHashSet<>(plain.repairs());
        if (plain.text().isEmpty()) {
            return new CleanResult("", List.copyOf(repairs));
        }
        String[] lines = plain.text().split("\n", -1);
        if (isHardWrapped(lines)) {
            lines = unwrap(lines);
            repairs.add("lines_unwrapped");
        }
        List<Line> kept = keepArticleLines(lines, Tokenizer.key(title), repairs);
        List<String> paragraphs = joinBrokenParagraphs(kept, repairs);
        List<String> sentences = dropFragmentsAndDuplicates(paragraphs, repairs);
        return new CleanResult(String.join("\n\n", sentences), List.copyOf(repairs));
    }

    private List<Line> keepArticleLines(String[] lines, String titleKey, Set<String> repairs) {
        List<Line> kept = new ArrayList<>();
        List<Line> titleLines = new ArrayList<>();
        boolean articleSeen = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            Kind kind = classify(line, titleKey);
            switch (kind) {
                case COMMENT_MARKER, FOOTER_MARKER -> {
                    repairs.add(kind == Kind.COMMENT_MARKER ? "comments_removed" : "footer_removed");
                    if (articleSeen) {
                        return kept;
                    }
                }
                case TITLE -> {
                    repairs.add("title_repeated");
                    titleLines.add(new Line(line, i));
                }
                case CAPTION -> {
                    repairs.add("captions_removed");
                    dropCaptionAboveCredit(kept, line, i);
                }
                case BYLINE, BOILERPLATE -> repairs.add("boilerplate_removed");
                case TEXT -> {
                    kept.add(new Line(line, i));
                    articleSeen |= isProse(line);
                }
            }
        }
        if (kept.isEmpty() && !titleLines.isEmpty()) {
            // The page's text is only its title (a headline feed; Emergent's reports, whose body is
            // the headline): then the title is the text, not a repeat of it.
            repairs.remove("title_repeated");
            return titleLines;
        }
        return kept;
    }

    private Kind classify(String line, String titleKey) {
        if (commentMarkers.startsWith(line)) {
            return Kind.COMMENT_MARKER;
        }
        if (footerMarkers.startsWith(line)) {
            return Kind.FOOTER_MARKER;
        }
        if (!titleKey.isEmpty() && titleKey.equals(Tokenizer.key(line))) {
            return Kind.TITLE;
        }
        if (line.length() > MAX_FURNITURE_CHARS) {
            return Kind.TEXT;
        }
        if (captions.foundIn(line)) {
            return Kind.CAPTION;
        }
        if (bylines.matchesAll(line)) {
            return Kind.BYLINE;
        }
        return boilerplate.matchesAll(line) ? Kind.BOILERPLATE : Kind.TEXT;
    }

    /** A bare credit line right under a one-sentence line: that line is the photo's caption. */
    private static void dropCaptionAboveCredit(List<Line> kept, String credit, int creditIndex) {
        if (kept.isEmpty() || Tokenizer.countPieces(credit) > MAX_CREDIT_WORDS) {
            return;
        }
        Line above = kept.get(kept.size() - 1);
        boolean touching = above.index() == creditIndex - 1;
        boolean oneSentence = SENTENCE_PUNCTUATION.matcher(above.text()).results().count() <= 1;
        if (touching && oneSentence && Tokenizer.countPieces(above.text()) <= MAX_CAPTION_WORDS) {
            kept.remove(kept.size() - 1);
        }
    }

    /** "The crew was" + "reportedly killed." → one paragraph: a line stopping mid-sentence, then a lower-case start. */
    private static List<String> joinBrokenParagraphs(List<Line> lines, Set<String> repairs) {
        List<String> paragraphs = new ArrayList<>();
        for (Line line : lines) {
            int last = paragraphs.size() - 1;
            if (last >= 0 && !Words.endsSentence(paragraphs.get(last)) && Words.startsLowerCase(line.text())) {
                paragraphs.set(last, paragraphs.get(last) + " " + line.text());
                repairs.add("paragraphs_joined");
            } else {
                paragraphs.add(line.text());
            }
        }
        return paragraphs;
    }

    /**
     * Drops paragraphs that do not end like a sentence (headlines, labels, menus, widgets) and
     * repeats of an earlier paragraph. If nothing would be left, the fragments are kept: a body
     * written without punctuation is still the body.
     */
    private static List<String> dropFragmentsAndDuplicates(List<String> paragraphs, Set<String> repairs) {
        List<String> sentences = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean fragmentDropped = false;
        for (String paragraph : paragraphs) {
            if (!seen.add(Tokenizer.key(paragraph))) {
                repairs.add("duplicates_removed");
            } else if (!Words.endsSentence(paragraph) || isBareLabel(paragraph)) {
                fragmentDropped = true;
            } else {
                sentences.add(paragraph);
            }
        }
        if (sentences.isEmpty()) {
            return List.copyOf(new LinkedHashSet<>(paragraphs));
        }
        if (fragmentDropped) {
            repairs.add("boilerplate_removed");
        }
        return sentences;
    }

    /** "Read more:" and the like: a colon-ended line of a few words introduces nothing we kept. */
    private static boolean isBareLabel(String paragraph) {
        return paragraph.endsWith(":") && Tokenizer.countPieces(paragraph) < 4;
    }

    private static boolean isProse(String line) {
        return Tokenizer.countPieces(line) >= MIN_PROSE_WORDS && SENTENCE_PUNCTUATION.matcher(line).find();
    }

    private static boolean isHardWrapped(String[] lines) {
        int wrapped = 0;
        int unterminated = 0;
        for (String line : lines) {
            if (line.length() > MAX_WRAP_WIDTH) {
                return false;
            }
            if (line.length() >= MIN_WRAPPED_LINE_CHARS) {
                wrapped++;
                if (!Words.endsSentence(line)) {
                    unterminated++;
                }
            }
        }
        return wrapped >= MIN_WRAPPED_LINES && unterminated * 2 >= wrapped;
    }

    /** Joins the lines of each blank-line-separated block into one line. */
    private static String[] unwrap(String[] lines) {
        List<String> out = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    out.add(block.toString());
                    block.setLength(0);
                }
                out.add("");
            } else {
                block.append(block.isEmpty() ? "" : " ").append(line);
            }
        }
        if (!block.isEmpty()) {
            out.add(block.toString());
        }
        return out.toArray(String[]::new);
    }
}
