package org.credibility.features.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * English sentence splitting with OpenNLP's sentence detector and the UD-EWT sentence model
 * shipped in {@code opennlp-models-sentdetect-en} (read from the classpath, never downloaded).
 * The model is loaded once and shared; OpenNLP's {@link ThreadSafeSentenceDetectorME} gives each
 * thread its own detector over it (the detector keeps per-call state). A cut the model makes
 * right after an abbreviation ("Lt. Gen. Sergei Rudskoy", "early Jan. 2") is undone.
 */
public final class SentenceSplitter {

    private static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceSplitter ENGLISH = new SentenceSplitter(loadModel(MODEL_RESOURCE));

    private final ThreadSafeSentenceDetectorME detector;

    private SentenceSplitter(SentenceModel model) {
        this.detector = new ThreadSafeSentenceDetectorME(model);
    }

    public static SentenceSplitter english() {
        return ENGLISH;
    }

    /** The sentences of one paragraph, trimmed, in order; empty for null or blank input. */
    public List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        if (paragraph == null || paragraph.isBlank()) {
            return sentences;
        }
        Span[] spans = detector.sentPosDetect(paragraph);
        int start = -1;
        for (int i = 0; i < spans.length; i++) {
            if (start < 0) {
                start = spans[i].getStart();
            }
            String sentence = paragraph.substring(start, spans[i].getEnd()).strip();
            String next = i + 1 < spans.length ? spans[i + 1].getCoveredText(paragraph).toString() : null;
            if (!sentence.isEmpty() && !cutAfterAbbreviation(sentence, next)) {
                sentences.add(sentence);
                start = -1;
            }
        }
        if (start >= 0) {
            sentences.add(paragraph.substring(start).strip());
        }
        return sentences;
    }

    /**
     * Whether the model cut wrongly after an abbreviation: always after a rank or an initial
     * ("Lt. Gen. Sergei", "Andrew V. Pestano"), which stand before a name; after other
     * abbreviations ("Jan.", "U.S.") only when the next piece goes on in lower case or with a
     * number ("Jan. 19", but "talks with the U.S. The meeting …" is two sentences).
     */
    private static boolean cutAfterAbbreviation(String sentence, String next) {
        String abbreviation = Words.finalAbbreviation(sentence);
        if (abbreviation == null || next == null) {
            return false;
        }
        if (Words.isTitle(abbreviation.toLowerCase(Locale.ROOT)) || abbreviation.length() == 1) {
            return true;
        }
        String rest = next.strip();
        return !rest.isEmpty() && (Character.isLowerCase(rest.codePointAt(0)) || Character.isDigit(rest.codePointAt(0)));
    }

    private static SentenceModel loadModel(String resource) {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sentence model " + resource + " not on the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load sentence model " + resource, e);
        }
    }
}
