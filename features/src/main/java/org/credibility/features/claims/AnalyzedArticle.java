package org.credibility.features.claims;

import java.util.List;

/**
 * The result of analysing one article.
 *
 * @param bodyClean the article's own text: paragraphs joined by "\n\n" ({@link org.credibility.features.text.TextCleaner})
 * @param origin    the primary outlet of a republished article ({@link OriginDetector}), or null
 * @param repairs   what cleaning did ({@link org.credibility.features.text.CleanResult#repairs()})
 * @param sentences the sentences of {@code bodyClean}, in order
 */
public record AnalyzedArticle(String bodyClean, String origin, List<String> repairs, List<SentenceAnalysis> sentences) {
    public AnalyzedArticle {
        bodyClean = bodyClean == null ? "" : bodyClean;
        repairs = repairs == null ? List.of() : List.copyOf(repairs);
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
    }
}
