package org.credibility.features.text;

import java.util.List;

/**
 * The article text left after cleaning.
 *
 * @param text    paragraphs joined by {@code "\n\n"}, each paragraph on one line; empty, never null
 * @param repairs short codes of what was done, in the order first done, e.g. {@code html_stripped},
 *                {@code markdown_links}, {@code markdown_formatting}, {@code entities_decoded},
 *                {@code lines_unwrapped}, {@code boilerplate_removed}, {@code comments_removed},
 *                {@code footer_removed}, {@code captions_removed}, {@code title_repeated},
 *                {@code duplicates_removed}, {@code paragraphs_joined}
 */
public record CleanResult(String text, List<String> repairs) {
    public CleanResult {
        text = text == null ? "" : text;
        repairs = repairs == null ? List.of() : List.copyOf(repairs);
    }

    /** The paragraphs of {@link #text()}, in order; empty for an empty text. */
    public List<String> paragraphs() {
        return text.isEmpty() ? List.of() : List.of(text.split("\n\n"));
    }
}
