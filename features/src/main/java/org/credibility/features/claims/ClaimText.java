package org.credibility.features.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A claim given as text (a watch list's claims.jsonl, an FNC-1 headline) → one
 * {@link SentenceAnalysis}, as if it were a single sentence: the text is analysed like an
 * article's body and its sentences merged — the first attribution and source, and the cues,
 * numbers, actors and quantities of all sentences in order, each once. Always check-worthy: the
 * caller chose it as a claim.
 */
public final class ClaimText {
    private ClaimText() {
    }

    public static SentenceAnalysis analyze(String text) {
        String claim = text == null ? "" : text.strip();
        List<SentenceAnalysis> sentences = ArticleAnalyzer.english().analyze(null, claim).sentences();
        String attribution = null;
        String source = null;
        String denier = null;
        Set<String> hedges = new LinkedHashSet<>();
        Set<String> denials = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        Set<String> actors = new LinkedHashSet<>();
        Set<Quantity> quantities = new LinkedHashSet<>();
        for (SentenceAnalysis s : sentences) {
            if (attribution == null && s.attribution() != null) {
                attribution = s.attribution();
                source = s.source();
            }
            denier = denier == null ? s.denier() : denier;
            hedges.addAll(s.hedgeCues());
            denials.addAll(s.denialCues());
            numbers.addAll(s.numbers());
            actors.addAll(s.actors());
            quantities.addAll(s.quantities());
        }
        return new SentenceAnalysis(0, claim, true, attribution, source, denier, new ArrayList<>(hedges),
                new ArrayList<>(denials), new ArrayList<>(numbers), new ArrayList<>(actors), new ArrayList<>(quantities));
    }
}
