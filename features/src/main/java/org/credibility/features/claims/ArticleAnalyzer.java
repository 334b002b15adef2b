package org.credibility.features.claims;

import org.credibility.features.text.CleanResult;
import org.credibility.features.text.LanguageGuess;
import org.credibility.features.text.Markup;
import org.credibility.features.text.SentenceSplitter;
import org.credibility.features.text.TextCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One article → its clean body, origin and analysed sentences: clean ({@link TextCleaner}), split
 * each paragraph into sentences ({@link SentenceSplitter}), then per sentence the cues,
 * attribution and source, numbers, actors, quantities and check-worthiness. Lexicons and the
 * sentence model are loaded once; thread-safe. Null or empty input gives an empty analysis.
 */
public final class ArticleAnalyzer {

    private static final ArticleAnalyzer ENGLISH = new ArticleAnalyzer();
    /** The repair noted on an article that does not read as English (then it has no sentences). */
    public static final String NOT_ENGLISH = "not English, no claims extracted: ";

    private final TextCleaner cleaner = TextCleaner.standard();
    private final SentenceSplitter splitter = SentenceSplitter.english();
    private final CueDetector hedges = CueDetector.hedges();
    private final CueDetector denials = CueDetector.denials();
    private final AttributionExtractor attributions = AttributionExtractor.standard();
    private final SourceAliases aliases = SourceAliases.standard();

    private ArticleAnalyzer() {}

    public static ArticleAnalyzer english() {
        return ENGLISH;
    }

    public AnalyzedArticle analyze(String title, String rawBody) {
        Markup.Plain plain = Markup.toPlain(rawBody);
        CleanResult clean = cleaner.cleanPlain(title, plain);
        String origin = OriginDetector.detectIn(plain).orElse(null);
        Optional<String> notEnglish = LanguageGuess.notEnglish(clean.text());
        if (notEnglish.isPresent()) {
            // The sentence model and cue lists are English: no sentences, so no claims.
            List<String> repairs = new ArrayList<>(clean.repairs());
            repairs.add(NOT_ENGLISH + notEnglish.get());
            return new AnalyzedArticle(clean.text(), origin, repairs, List.of());
        }
        List<String> texts = new ArrayList<>();
        for (String paragraph : clean.paragraphs()) {
            texts.addAll(splitter.split(paragraph));
        }
        ActorExtractor.Vocabulary vocabulary = ActorExtractor.Vocabulary.of(texts);
        List<SentenceAnalysis> sentences = new ArrayList<>(texts.size());
        for (String text : texts) {
            Optional<AttributionExtractor.Attribution> attribution = attributions.extract(text);
            String source = attribution.map(a -> sourceOf(a, sentences)).orElse(null);
            List<String> denialCues = denials.find(text);
            NumberExtractor.Numbers numbers = NumberExtractor.read(text);
            sentences.add(new SentenceAnalysis(
                    sentences.size(),
                    text,
                    ClaimDetector.isCheckWorthy(text),
                    attribution.map(AttributionExtractor.Attribution::name).orElse(null),
                    source,
                    denialCues.isEmpty() ? source : denierOf(text, attribution, source, sentences),
                    hedges.find(text),
                    denialCues,
                    numbers.written(),
                    ActorExtractor.actors(text, vocabulary),
                    numbers.quantities()));
        }
        return new AnalyzedArticle(clean.text(), origin, clean.repairs(), sentences);
    }

    /**
     * A listed source if the speaker is one; else the organisation an apposition says the
     * speaker speaks for; else the speaker. "he", "the ministry", "the statement" refer back.
     */
    private String sourceOf(AttributionExtractor.Attribution attribution, List<SentenceAnalysis> before) {
        String name = attribution.name();
        if (AttributionExtractor.isAnaphoric(name)) {
            return earlierSource(name, before);
        }
        if (!aliases.isKnown(name) && attribution.speaksFor() != null) {
            return aliases.canonical(attribution.speaksFor());
        }
        return aliases.canonical(name);
    }

    /**
     * Who denies in a sentence with denial cues: the speaker of its verb of denying, else its
     * source. A pronoun there is the sentence's own named speaker when it has one ("…," X told us
     * when we asked him if he would deny the figure), else resolved as a source's is.
     */
    private String denierOf(String text, Optional<AttributionExtractor.Attribution> attribution, String source,
                            List<SentenceAnalysis> before) {
        boolean namedSpeaker = attribution.isPresent() && !AttributionExtractor.isAnaphoric(attribution.get().name());
        return attributions.denier(text)
                .map(d -> AttributionExtractor.isPronoun(d.name()) && namedSpeaker ? source : sourceOf(d, before))
                .orElse(source);
    }

    /** The most recent earlier source, preferring one that names the noun ("the ministry" → "… Ministry …"). */
    private static String earlierSource(String anaphor, List<SentenceAnalysis> before) {
        String noun = anaphor.toLowerCase(Locale.ROOT);
        String latest = null;
        for (int i = before.size() - 1; i >= 0; i--) {
            SentenceAnalysis s = before.get(i);
            if (s.source() == null) {
                continue;
            }
            if (latest == null) {
                latest = s.source();
            }
            if (s.source().toLowerCase(Locale.ROOT).contains(noun)
                    || s.attribution().toLowerCase(Locale.ROOT).contains(noun)) {
                return s.source();
            }
        }
        return latest;
    }
}
