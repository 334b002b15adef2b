package org.credibility.features.claims;

import java.util.List;

/**
 * One sentence of an article's clean body, in order.
 *
 * @param index       position in the article, 0..n-1
 * @param text        the sentence as in {@code bodyClean}
 * @param checkWorthy whether it is a factual assertion worth checking ({@link ClaimDetector})
 * @param attribution whom the sentence attributes its content to, as written minus a leading
 *                    "the" and a person's rank ("Russian Defense Ministry", "Sergei Rudskoy",
 *                    "statement", "he"); null when it attributes nothing
 * @param source      the canonical primary source of the attribution ({@link SourceAliases}); for
 *                    "he", "the ministry", "the statement" the source named most recently before
 *                    in the article (preferring one whose name contains the noun); null when there
 *                    is no attribution or such a reference cannot be resolved
 * @param denier      who denies in the sentence: the canonical speaker of its verb of denying
 *                    ("the WSJ reported it and Amazon firmly denied it": Amazon), resolved as
 *                    {@code source} is; else {@code source}
 * @param hedgeCues   hedge cues, in order, each once
 * @param denialCues  denial cues, in order, each once
 * @param numbers     numbers as written, dates and times excluded
 * @param actors      proper names mentioned, in order, each once
 * @param quantities  counted amounts ("22 targets")
 */
public record SentenceAnalysis(int index, String text, boolean checkWorthy, String attribution, String source,
                               String denier, List<String> hedgeCues, List<String> denialCues, List<String> numbers,
                               List<String> actors, List<Quantity> quantities) {
    public SentenceAnalysis {
        text = text == null ? "" : text;
        hedgeCues = copy(hedgeCues);
        denialCues = copy(denialCues);
        numbers = copy(numbers);
        actors = copy(actors);
        quantities = copy(quantities);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
